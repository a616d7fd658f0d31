package org.lfpl.e2e.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed requests for one operation, generated from what it declares: bad ids in each path
 * parameter, wrong types and out-of-range values in typed query parameters, parameters it does not
 * have, and for a JSON body broken syntax, wrong shapes, a wrong type, null, huge strings and arrays,
 * deep nesting, invalid Unicode, unknown fields, negative and huge numbers, and wrong content types.
 * Ids that are well formed are random, so no request can reach a real object.
 */
final class MalformedRequests {

    /** One request: already percent-encoded path and query, the body as bytes (null for none). */
    record Request(String what, String method, String pathAndQuery, String contentType, byte[] body) {}

    static final String ABSENT_ID = "00000000-0000-4000-8000-00000000dead";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> BAD_PATH_VALUES = List.of("%00", "..", "%2e%2e", "%2F", "..%2F..%2Fetc%2Fpasswd",
            "%ED%A0%80", "%C0%AF", "%FF%FE", "%E2%80%AE", "'%20OR%201%3D1", "%7B%22%24ne%22%3A1%7D", "%24where",
            "-1", "99999999999999999999999", "1e309", "NaN", "null", "undefined", "%5B%5D", "%F0%9F%98%80", "%20",
            "%0D%0A", "a%00b", "%5C", "x".repeat(1000), "%3Cscript%3E", "0", "-0");
    // Not here, because Spring reads them as valid or as absent: an empty value (the default applies),
    // "0x10" (hexadecimal), and values that are only padded with whitespace or NUL ("1%00" reads as 1).
    private static final List<String> BAD_INTEGERS = List.of("abc", "-1", "-99999999999", "99999999999999999999",
            "1.5", "NaN", "1e3", "%ED%A0%80", "one", "%2B%2B1");
    private static final List<String> BAD_BOOLEANS = List.of("maybe", "2", "%ED%A0%80", "ja", "tru");
    private static final List<String> BAD_ENUMS = List.of("NOT_A_VALUE", "x".repeat(300), "%ED%A0%80", "1", "%3Cb%3E");
    private static final List<String> UNKNOWN_NAMES = List.of("x", "%00", "a%5B%5D", "__proto__", "constructor",
            "%24where", "caller", "isAdmin", "n".repeat(300), "%ED%A0%80", "%F0%9F%98%80", "a.b", "page%00");
    private static final List<String> UNKNOWN_VALUES = List.of("1", "", "v".repeat(2000), "%ED%A0%80", "-1",
            "99999999999999999999");

    private MalformedRequests() {}

    static List<Request> of(Operation operation) {
        List<Request> requests = new ArrayList<>();
        String baseBody = operation.body() == null ? null : "{}";
        String baseType = operation.body() == null ? null : "application/json";

        for (Operation.Parameter parameter : operation.pathParameters()) {
            for (String bad : BAD_PATH_VALUES) {
                requests.add(new Request("path " + parameter.name() + "=" + shorten(bad), operation.method(),
                        path(operation, Map.of(parameter.name(), bad)) + requiredQuery(operation, null), baseType,
                        bytes(baseBody)));
            }
        }
        for (Operation.Parameter parameter : operation.queryParameters()) {
            List<String> bad = switch (parameter.type()) {
                case "integer", "number" -> BAD_INTEGERS;
                case "boolean" -> BAD_BOOLEANS;
                default -> parameter.allowed().isEmpty() ? List.of() : BAD_ENUMS;
            };
            for (String value : bad) {
                requests.add(new Request("query " + parameter.name() + "=" + shorten(value), operation.method(),
                        path(operation, Map.of()) + requiredQuery(operation, parameter.name() + "=" + value), baseType,
                        bytes(baseBody)));
            }
        }
        List<String> declared = operation.queryParameters().stream().map(Operation.Parameter::name).toList();
        for (String name : UNKNOWN_NAMES) {
            if (declared.contains(name)) {
                continue;
            }
            for (String value : UNKNOWN_VALUES) {
                requests.add(new Request("unknown query " + shorten(name) + "=" + shorten(value), operation.method(),
                        path(operation, Map.of()) + requiredQuery(operation, name + "=" + value), baseType, bytes(baseBody)));
            }
        }
        if (operation.body() != null) {
            requests.addAll(bodies(operation));
        }
        return requests;
    }

    private static List<Request> bodies(Operation operation) {
        List<Request> requests = new ArrayList<>();
        String target = path(operation, Map.of()) + requiredQuery(operation, null);
        Map<String, String> syntax = new LinkedHashMap<>();
        syntax.put("empty body", "");
        syntax.put("truncated object", "{");
        syntax.put("truncated literal", "nul");
        syntax.put("unclosed array", "[1,2");
        syntax.put("missing value", "{\"a\":}");
        syntax.put("single quotes", "{'a':1}");
        syntax.put("NUL byte", "\u0000");
        syntax.put("two documents", "{}{}");
        syntax.put("plain words", "not json at all");
        syntax.put("null document", "null");
        syntax.put("array document", "[]");
        syntax.put("array of objects", "[{}]");
        syntax.put("number document", "1");
        syntax.put("string document", "\"text\"");
        syntax.put("boolean document", "true");
        syntax.put("deeply nested objects", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
        syntax.put("deeply nested arrays", "[".repeat(5000) + "]".repeat(5000));
        syntax.put("lone surrogate escape", "{\"a\":\"\\uD800\"}");
        syntax.put("comment", "{/* hi */}");
        syntax.put("trailing comma", "{\"a\":1,}");
        syntax.forEach((what, body) -> requests.add(new Request("body: " + what, operation.method(), target,
                "application/json", bytes(body))));
        requests.add(new Request("body: invalid UTF-8", operation.method(), target, "application/json",
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));

        Map<String, Object> plausible = plausible(operation.body());
        for (Map.Entry<String, String> property : operation.body().properties().entrySet()) {
            String name = property.getKey();
            for (Map.Entry<String, Object> fault : faultsFor(property.getValue()).entrySet()) {
                Map<String, Object> body = new LinkedHashMap<>(plausible);
                body.put(name, fault.getValue());
                requests.add(new Request("field " + name + ": " + fault.getKey(), operation.method(), target,
                        "application/json", bytes(JSON.writeValueAsString(body))));
            }
        }
        Map<String, Object> withUnknown = new LinkedHashMap<>(plausible);
        withUnknown.put("bogusField", 1);
        requests.add(new Request("unknown field", operation.method(), target, "application/json",
                bytes(JSON.writeValueAsString(withUnknown))));
        Map<String, Object> manyUnknown = new LinkedHashMap<>(plausible);
        for (int i = 0; i < 5000; i++) {
            manyUnknown.put("f" + i, i);
        }
        requests.add(new Request("5,000 unknown fields", operation.method(), target, "application/json",
                bytes(JSON.writeValueAsString(manyUnknown))));
        for (String required : operation.body().required()) {
            Map<String, Object> missing = new LinkedHashMap<>(plausible);
            missing.remove(required);
            requests.add(new Request("missing required " + required, operation.method(), target, "application/json",
                    bytes(JSON.writeValueAsString(missing))));
        }
        String json = JSON.writeValueAsString(plausible);
        Map<String, String> types = new LinkedHashMap<>();
        types.put("text/plain", json);
        types.put("application/xml", "<a>1</a>");
        types.put("application/x-www-form-urlencoded", "a=1&b=2");
        types.put("multipart/form-data", "--x\r\n\r\n--x--");
        types.put("application/json; charset=ebcdic-xx", json);
        types.put("image/png", "\u0089PNG");
        types.forEach((type, body) -> requests.add(new Request("content type " + type, operation.method(), target, type,
                bytes(body))));
        return requests;
    }

    /** A body with every declared property set to a value of its type; its fields are then broken one at a time. */
    private static Map<String, Object> plausible(Operation.Body body) {
        Map<String, Object> values = new LinkedHashMap<>();
        body.properties().forEach((name, type) -> values.put(name, switch (type) {
            case "integer", "number" -> 1;
            case "boolean" -> true;
            case "array" -> List.of();
            case "object" -> Map.of();
            default -> "hostile input test";
        }));
        return values;
    }

    private static Map<String, Object> faultsFor(String type) {
        Map<String, Object> faults = new LinkedHashMap<>();
        faults.put("null", null);
        switch (type) {
            case "integer", "number" -> {
                faults.put("a string", "twelve");
                faults.put("negative", -1);
                faults.put("huge", new java.math.BigInteger("9".repeat(40)));
                faults.put("an object", Map.of("a", 1));
            }
            case "boolean" -> {
                faults.put("a string", "yes");
                faults.put("an array", List.of(true));
            }
            case "array" -> {
                faults.put("a string", "text");
                faults.put("10,000 elements", java.util.Collections.nCopies(10_000, "x".repeat(20)));
                faults.put("an object", Map.of("a", 1));
            }
            case "object" -> {
                faults.put("an array", List.of(1));
                faults.put("a number", 7);
            }
            default -> {
                faults.put("a number", 12345);
                faults.put("an object", Map.of("a", 1));
                faults.put("an array", List.of("a"));
                faults.put("100,000 characters", "x".repeat(100_000));
                faults.put("control characters", "a\u0000b\u0007c\u001b");
            }
        }
        return faults;
    }

    private static String path(Operation operation, Map<String, String> overrides) {
        String path = operation.path();
        for (Operation.Parameter parameter : operation.pathParameters()) {
            String value = overrides.getOrDefault(parameter.name(), baseline(parameter));
            path = path.replace("{" + parameter.name() + "}", value);
        }
        return path;
    }

    /** The required query parameters with harmless values, plus the one under test. */
    private static String requiredQuery(Operation operation, String extra) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        String extraName = extra == null ? null : extra.substring(0, extra.indexOf('='));
        for (Operation.Parameter parameter : operation.queryParameters()) {
            if (parameter.required() && !parameter.name().equals(extraName)) {
                query.add(parameter.name() + "=" + baseline(parameter));
            }
        }
        if (extra != null) {
            query.add(extra);
        }
        return query.toString();
    }

    private static String baseline(Operation.Parameter parameter) {
        if (!parameter.allowed().isEmpty()) {
            return parameter.allowed().getFirst();
        }
        return switch (parameter.type()) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> parameter.name().equals("topic") ? "lfpl.nothing.v1.nobody.dlt" : ABSENT_ID;
        };
    }

    private static String shorten(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "…(" + text.length() + ")" : text;
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
