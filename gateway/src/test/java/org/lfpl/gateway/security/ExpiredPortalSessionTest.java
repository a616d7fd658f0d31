package org.lfpl.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/** When Keycloak refuses to refresh a portal session's token, the portal's call is a 401 and the session ends. */
class ExpiredPortalSessionTest {

    @Test
    void a_refused_refresh_is_a_401_problem_and_the_session_is_invalidated() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/members/me"));
        WebSession session = exchange.getSession().block();
        session.getAttributes().put("tokens", "kept on the server");

        new ExpiredPortalSession().filter(exchange, refused -> Mono.error(new ClientAuthorizationException(
                new OAuth2Error("invalid_grant", "Session not active", null), "keycloak"))).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("urn:lfpl:problem:session-expired");
        assertThat(session.isExpired() || session.getAttributes().isEmpty()).as("the session is invalidated").isTrue();
    }

    @Test
    void other_failures_pass_through_untouched() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/members/me"));
        var failure = new IllegalStateException("something else");
        var result = new ExpiredPortalSession().filter(exchange, ignored -> Mono.error(failure));
        org.assertj.core.api.Assertions.assertThatThrownBy(result::block).isSameAs(failure);
    }
}
