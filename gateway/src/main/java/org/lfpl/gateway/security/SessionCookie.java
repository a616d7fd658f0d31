package org.lfpl.gateway.security;

import java.time.Duration;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;

/**
 * The only thing a portal browser holds: an HttpOnly {@code SESSION} cookie, SameSite=Lax (sent on
 * the top-level navigation back from Keycloak, never on cross-site subrequests), and Secure whenever
 * the request came over TLS, directly or through a proxy that said so (forwarded headers are
 * honoured only when {@code server.forward-headers-strategy} is set, as in the Kubernetes overlay).
 */
final class SessionCookie extends CookieWebSessionIdResolver {

    @Override
    public void setSessionId(ServerWebExchange exchange, String id) {
        exchange.getResponse().getCookies().set(getCookieName(), cookie(exchange, id, null));
    }

    @Override
    public void expireSession(ServerWebExchange exchange) {
        exchange.getResponse().getCookies().set(getCookieName(), cookie(exchange, "", Duration.ZERO));
    }

    private ResponseCookie cookie(ServerWebExchange exchange, String value, Duration maxAge) {
        ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(getCookieName(), value)
                .path("/").httpOnly(true).sameSite("Lax").secure(overTls(exchange));
        return (maxAge == null ? cookie : cookie.maxAge(maxAge)).build();
    }

    static boolean overTls(ServerWebExchange exchange) {
        return exchange.getRequest().getSslInfo() != null || "https".equals(exchange.getRequest().getURI().getScheme());
    }
}
