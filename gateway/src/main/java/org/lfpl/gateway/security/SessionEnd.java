package org.lfpl.gateway.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.server.session.ReactiveOidcSessionRegistry;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutHandler;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.WebSessionManager;
import org.springframework.web.server.session.DefaultWebSessionManager;
import reactor.core.publisher.Mono;

/**
 * A portal session ends in three ways, and each must end it here, not only hide it:
 * <ul>
 *   <li>the member signs out: the session (with its tokens) is invalidated, a new session id is
 *       issued, and Keycloak's RP-initiated logout follows;</li>
 *   <li>Keycloak ends the member's session (an organiser, an expiry, a sign-out elsewhere) and calls
 *       the back-channel logout URL: every gateway session of that Keycloak session is invalidated
 *       in the session store directly. (Spring's default replays a {@code POST /logout} with the
 *       session cookie, which our cookie-based CSRF check rightly refuses.)</li>
 *   <li>the refresh token is refused (see {@link ExpiredPortalSession}).</li>
 * </ul>
 */
final class SessionEnd {

    private SessionEnd() {}

    /** Local sign-out: the whole server-side session goes, not only its security context. */
    static ServerLogoutHandler invalidateSession() {
        return (exchange, authentication) -> exchange.getExchange().getSession().flatMap(WebSession::invalidate);
    }

    /** Back-channel logout: the sessions Keycloak names in its logout token are invalidated. */
    static ServerLogoutHandler backChannel(ReactiveOidcSessionRegistry sessions, WebSessionManager manager) {
        return (WebFilterExchange exchange, Authentication authentication) -> {
            if (!(authentication.getPrincipal() instanceof OidcLogoutToken logoutToken)
                    || !(manager instanceof DefaultWebSessionManager defaults)) {
                return Mono.empty();
            }
            return sessions.removeSessionInformation(logoutToken)
                    .concatMap(ended -> defaults.getSessionStore().retrieveSession(ended.getSessionId())
                            .flatMap(WebSession::invalidate))
                    .then();
        };
    }
}
