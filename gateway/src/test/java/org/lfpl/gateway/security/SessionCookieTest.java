package org.lfpl.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** The portal's only credential in the browser: HttpOnly and SameSite always, Secure over TLS. */
class SessionCookieTest {

    @Test
    void over_plain_http_the_cookie_is_httponly_and_samesite_lax() {
        ResponseCookie cookie = issued("http://localhost:8080/");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        assertThat(cookie.isSecure()).isFalse();
    }

    @Test
    void over_tls_the_cookie_is_also_secure() {
        assertThat(issued("https://lfpl.example.org/").isSecure()).isTrue();
    }

    @Test
    void signing_out_expires_the_cookie() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("https://lfpl.example.org/"));
        new SessionCookie().expireSession(exchange);
        ResponseCookie cookie = exchange.getResponse().getCookies().getFirst("SESSION");
        assertThat(cookie.getMaxAge()).isZero();
        assertThat(cookie.isSecure()).isTrue();
    }

    private static ResponseCookie issued(String url) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(url));
        new SessionCookie().setSessionId(exchange, "abc");
        return exchange.getResponse().getCookies().getFirst("SESSION");
    }
}
