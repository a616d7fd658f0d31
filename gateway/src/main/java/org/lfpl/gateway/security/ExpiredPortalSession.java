package org.lfpl.gateway.security;

import org.lfpl.gateway.problem.ProblemResponses;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * When TokenRelay cannot refresh a portal session's access token (Keycloak refused the refresh
 * token: the Keycloak session ended or expired), the portal's API call gets a 401 problem, not a
 * 500 or a redirect to a login page its fetch cannot follow, and the dead session is invalidated so
 * the next page load signs in afresh.
 */
@Component
@Order(0) // after Spring Security's filter chain (-100), around the gateway's routing
class ExpiredPortalSession implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange).onErrorResume(OAuth2AuthorizationException.class, refused -> exchange
                .getSession().flatMap(WebSession::invalidate)
                .then(ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, "session-expired",
                        "Your session has ended. Sign in again.")));
    }
}
