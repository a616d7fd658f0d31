package org.lfpl.servicedefaults.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as problem+json, keeping the {@code WWW-Authenticate} challenge that bearer-token
 * clients rely on (RFC 6750), so API callers get one error format whatever went wrong.
 */
final class ProblemSecurityResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemSecurityResponses() {}

    static AuthenticationEntryPoint unauthorized() {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            challenge.commence(request, response, exception);
            write(response, HttpStatus.UNAUTHORIZED, "unauthorized",
                    "A valid bearer token is required.", request.getRequestURI());
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "forbidden",
                "Your role does not allow this.", request.getRequestURI());
    }

    private static void write(HttpServletResponse response, HttpStatus status, String slug, String detail,
            String instance) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        ProblemDetail problem = Problems.detail(status, slug, detail);
        problem.setInstance(URI.create(instance));
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
