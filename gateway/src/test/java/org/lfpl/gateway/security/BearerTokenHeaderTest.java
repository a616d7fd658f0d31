package org.lfpl.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

/** The gateway reads a bearer token exactly as Spring Security's own converter does, for well-formed and hostile headers alike. */
class BearerTokenHeaderTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJzdWIiOiJtZW1iZXIifQ".repeat(60)
            + ".c2lnbmF0dXJl-_~+/";

    @Test
    void every_header_gives_the_same_token_no_token_or_error_as_spring_securitys_converter() {
        List<String> headers = new ArrayList<>(List.of("Bearer " + JWT, "bearer " + JWT, "BEARER abc", "Bearer abc==",
                "Bearer abc=", "Bearer =", "Bearer ", "Bearer", "Bearer  abc", "Bearer abc def", "Bearer abc=d",
                "Bearer abc\n", "Bearer abc\t", "Bearer ab\u00e9c", "Bearer abc,def", "Bearerabc", "Bearer\tabc",
                "Basic dXNlcjpwYXNz", "", "b", "bearer", "bearerx abc", "Bearer a.b.c", "Bearer %41", "Bearer \u212Aelvin",
                "Token abc", " Bearer abc", "Bearer abc "));
        for (char c = 0; c < 128; c++) {
            headers.add("Bearer a" + c + "b");
        }
        ServerAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
        ServerAuthenticationConverter ours = new BearerTokenHeader();
        for (String header : headers) {
            assertThat(outcome(ours, header)).as("Authorization: %s", header).isEqualTo(outcome(spring, header));
        }
        assertThat(outcome(ours, "Bearer " + JWT)).isEqualTo("token " + JWT);
        assertThat(outcome(ours, "Bearer a b")).isEqualTo("error invalid_token");
        assertThat(outcome(ours, null)).isEqualTo("none").isEqualTo(outcome(spring, null));
    }

    private static String outcome(ServerAuthenticationConverter converter, String authorization) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/symposia");
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        try {
            var authentication = converter.convert(MockServerWebExchange.from(request)).block();
            return authentication == null ? "none" : "token " + ((BearerTokenAuthenticationToken) authentication).getToken();
        } catch (OAuth2AuthenticationException e) {
            return "error " + e.getError().getErrorCode();
        }
    }
}
