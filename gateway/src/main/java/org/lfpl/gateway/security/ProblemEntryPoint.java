package org.lfpl.gateway.security;

import org.lfpl.gateway.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * API callers get 401/403 as problem+json with a bearer challenge, never a redirect to a login
 * page: a script or the portal's own fetch calls cannot follow one.
 */
final class ProblemEntryPoint implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        String challenge = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
                ? "Bearer error=\"invalid_token\"" : "Bearer";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized",
                "Sign in, or send a valid bearer token.");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange,
            org.springframework.security.access.AccessDeniedException denied) {
        return ProblemResponses.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "The request was refused.");
    }
}
