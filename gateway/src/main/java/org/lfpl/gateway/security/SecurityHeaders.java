package org.lfpl.gateway.security;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The Content-Security-Policy and Permissions-Policy of every answer that does not bring its own
 * (artefact downloads bring a stricter, sandboxed one from artefact-service). Spring Security adds
 * the rest: nosniff, X-Frame-Options DENY, Referrer-Policy, HSTS over TLS, no-store for API answers.
 *
 * <p>The portal's policy allows its own scripts, styles, images and API calls only, no inline script,
 * no framing, forms only to itself and to Keycloak (sign-out is a form post that ends at Keycloak).
 * The API reference page (Swagger UI) also needs inline styles and to ask Keycloak for tokens.
 */
final class SecurityHeaders implements WebFilter {

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private final String portal;
    private final String reference;

    SecurityHeaders(String issuerUri) {
        URI issuer = URI.create(issuerUri);
        String keycloak = issuer.getScheme() + "://" + issuer.getAuthority();
        String common = "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + keycloak;
        this.portal = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                + "font-src 'self'; media-src 'self' blob:; connect-src 'self'; " + common;
        this.reference = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self' " + keycloak + "; " + common;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        String policy = path.startsWith("/api-reference") || path.startsWith("/swagger-ui/")
                || path.startsWith("/webjars/") ? reference : portal;
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            if (!headers.containsHeader("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", policy);
            }
            if (!headers.containsHeader("Permissions-Policy")) {
                headers.set("Permissions-Policy", PERMISSIONS);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
