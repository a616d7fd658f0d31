package org.lfpl.gateway.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lfpl.security.KeycloakRoles;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * What a partner client may call is an allow-list at the door, by scope: a client-credentials token
 * (realm role {@code partner}, no {@code member}) passes only to the routes listed under a scope it
 * was granted (Keycloak client scopes such as {@code lfpl.programme}). Everything else is 403 before
 * any service is asked; the services then check roles and consent again. People (portal sessions,
 * members' bearer tokens) are not affected: their access is by role, decided in each service.
 *
 * @param scopes scope name to the routes it opens, each {@code "METHOD /path/pattern"}
 */
@ConfigurationProperties("lfpl.partners")
record PartnerApi(Map<String, List<String>> scopes) {

    PartnerApi {
        scopes = scopes == null ? Map.of() : Map.copyOf(scopes);
    }

    private record Opening(String scope, String method, PathPattern path) {}

    /** For routes that need a signed-in caller. */
    ReactiveAuthorizationManager<AuthorizationContext> authorization() {
        return authorization(false);
    }

    /** For public routes: anyone may call them, but a partner still only with the scope that opens them. */
    ReactiveAuthorizationManager<AuthorizationContext> publicAuthorization() {
        return authorization(true);
    }

    private ReactiveAuthorizationManager<AuthorizationContext> authorization(boolean anonymousAllowed) {
        PathPatternParser parser = new PathPatternParser();
        List<Opening> openings = new ArrayList<>();
        scopes.forEach((scope, routes) -> routes.forEach(route -> {
            String[] parts = route.strip().split("\\s+", 2);
            openings.add(new Opening(scope, parts[0], parser.parse(parts[1])));
        }));
        return (authentication, context) -> authentication
                .filter(Authentication::isAuthenticated)
                .<AuthorizationResult>map(caller -> decide(caller, context, openings))
                .defaultIfEmpty(new AuthorizationDecision(anonymousAllowed));
    }

    private static AuthorizationDecision decide(Authentication caller, AuthorizationContext context, List<Opening> openings) {
        if (!(caller instanceof JwtAuthenticationToken jwt) || !KeycloakRoles.isPartnerClient(jwt.getToken())) {
            return new AuthorizationDecision(true);
        }
        String method = context.getExchange().getRequest().getMethod().name();
        PathContainer path = context.getExchange().getRequest().getPath().pathWithinApplication();
        List<String> granted = List.of(String.valueOf(jwt.getToken().getClaims().getOrDefault("scope", "")).split(" "));
        return new AuthorizationDecision(openings.stream().anyMatch(opening -> opening.method().equals(method)
                && opening.path().matches(path) && granted.contains(opening.scope())));
    }
}
