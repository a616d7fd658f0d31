package org.lfpl.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenPolicyTest {

    final TokenPolicy policy = new TokenPolicy("http://localhost:8180/realms/lfpl", null, null);

    private Jwt token(String issuer, List<String> audience, Instant expiresAt) {
        return Jwt.withTokenValue("t").header("alg", "RS256").issuer(issuer).audience(audience).subject("s")
                .issuedAt(expiresAt.minusSeconds(300)).expiresAt(expiresAt).build();
    }

    @Test
    void keys_are_fetched_from_the_realm_and_the_audience_defaults_to_the_api() {
        assertThat(policy.jwkSetUri()).isEqualTo("http://localhost:8180/realms/lfpl/protocol/openid-connect/certs");
        assertThat(policy.audience()).isEqualTo("lfpl-api");
    }

    @Test
    void a_current_token_from_the_realm_for_the_api_is_accepted() {
        assertThat(policy.validator().validate(token(policy.issuerUri(), List.of("lfpl-api", "account"),
                Instant.now().plusSeconds(60))).hasErrors()).isFalse();
    }

    @Test
    void another_audience_another_issuer_or_an_expired_token_is_refused() {
        Instant later = Instant.now().plusSeconds(60);
        assertThat(policy.validator().validate(token(policy.issuerUri(), List.of("account"), later)).hasErrors()).isTrue();
        assertThat(policy.validator().validate(token("http://localhost:8180/realms/master", List.of("lfpl-api"), later))
                .hasErrors()).isTrue();
        assertThat(policy.validator().validate(token(policy.issuerUri(), List.of("lfpl-api"),
                Instant.now().minusSeconds(600))).hasErrors()).isTrue();
    }
}
