package org.lfpl.e2e.hostile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document, as far as the hostile-input suite needs it: where
 * it is reached through the gateway, and the inputs it declares (path and query parameters, a JSON
 * body with its properties).
 */
record Operation(String service, String method, String path, List<Parameter> pathParameters,
        List<Parameter> queryParameters, Body body) {

    /** A declared parameter: its OpenAPI type, format and allowed values. */
    record Parameter(String name, String type, String format, List<String> allowed, boolean required) {}

    /** A JSON body: its properties (name to type) and which are required; null fields when free-form. */
    record Body(String contentType, Map<String, String> properties, List<String> required) {}

    String id() {
        return method + " " + path;
    }

    boolean hasInputs() {
        return !pathParameters.isEmpty() || !queryParameters.isEmpty() || body != null;
    }

    /** Every operation of one service's document; paths are rewritten to the gateway's. */
    static List<Operation> of(String service, JsonNode spec) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                JsonNode operation = entry.getValue();
                List<Parameter> inPath = new ArrayList<>();
                List<Parameter> inQuery = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    Parameter declared = parameter(spec, parameter);
                    switch (parameter.path("in").asString()) {
                        case "path" -> inPath.add(declared);
                        case "query" -> inQuery.add(declared);
                        default -> { }
                    }
                }
                Body body = null;
                JsonNode content = operation.path("requestBody").path("content");
                if (content.has("application/json")) {
                    JsonNode schema = resolve(spec, content.path("application/json").path("schema"));
                    Map<String, String> properties = new java.util.LinkedHashMap<>();
                    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                        properties.put(property.getKey(), typeOf(resolve(spec, property.getValue())));
                    }
                    List<String> required = new ArrayList<>();
                    schema.path("required").forEach(name -> required.add(name.asString()));
                    body = new Body("application/json", properties, required);
                }
                String gatewayPath = path.getKey().startsWith("/api/v1/admin/")
                        ? path.getKey().replace("/api/v1/admin/", "/api/v1/admin/" + service + "/")
                        : path.getKey();
                operations.add(new Operation(service, entry.getKey().toUpperCase(java.util.Locale.ROOT), gatewayPath,
                        inPath, inQuery, body));
            }
        }
        return operations;
    }

    private static Parameter parameter(JsonNode spec, JsonNode parameter) {
        JsonNode schema = resolve(spec, parameter.path("schema"));
        List<String> allowed = new ArrayList<>();
        schema.path("enum").forEach(value -> allowed.add(value.asString()));
        return new Parameter(parameter.path("name").asString(), typeOf(schema), schema.path("format").asString(null),
                allowed, parameter.path("required").asBoolean(false));
    }

    private static String typeOf(JsonNode schema) {
        if (schema.has("type")) {
            return schema.path("type").isArray() ? firstType(schema.path("type").iterator()) : schema.path("type").asString();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static String firstType(Iterator<JsonNode> types) {
        while (types.hasNext()) {
            String type = types.next().asString();
            if (!"null".equals(type)) {
                return type;
            }
        }
        return "string";
    }

    static JsonNode resolve(JsonNode spec, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String ref = current.path("$ref").asString();
            current = spec.at(ref.substring(1));
        }
        return current;
    }
}
