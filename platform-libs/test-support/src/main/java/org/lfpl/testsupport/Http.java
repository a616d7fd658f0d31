package org.lfpl.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests that call a running service or the gateway as an outsider would. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;

    public Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response with its body read as JSON where it is JSON. */
    public record Response(int status, Map<String, String> headers, String body) {
        public JsonNode json() {
            return JSON.readTree(body.isEmpty() ? "null" : body);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    public Request get(String path) {
        return new Request("GET", path, null);
    }

    public Request put(String path, Object body) {
        return new Request("PUT", path, body);
    }

    public Request post(String path, Object body) {
        return new Request("POST", path, body);
    }

    public Request delete(String path) {
        return new Request("DELETE", path, null);
    }

    /** Any method, no body (OPTIONS preflights, HEAD, or a write sent empty on purpose). */
    public Request request(String method, String path) {
        return new Request(method, path, null);
    }

    /** Any method with a body. */
    public Request request(String method, String path, Object body) {
        return new Request(method, path, body);
    }

    public final class Request {
        private final String method;
        private final String path;
        private final Object body;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Request(String method, String path, Object body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        public Request bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Response send() {
            String payload = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(payload));
            if (payload != null) {
                builder.header("Content-Type", "application/json");
            }
            builder.header("Accept", "application/json, application/problem+json");
            headers.forEach(builder::header);
            try {
                HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                Map<String, String> responseHeaders = new LinkedHashMap<>();
                response.headers().map().forEach((name, values) -> responseHeaders.put(name.toLowerCase(),
                        String.join(",", values)));
                return new Response(response.statusCode(), responseHeaders, response.body());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + baseUrl + path + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
