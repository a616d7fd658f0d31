package org.lfpl.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerTest {

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("sub-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void the_caller_is_read_from_the_token_with_a_service_account_falling_back_to_its_client() {
        Caller member = Caller.of(jwt(Map.of("preferred_username", "teacher", "name", "Tom Teacher",
                "email", "teacher@example.org", "realm_access", Map.of("roles", List.of("member", "school")))));
        assertThat(member).isEqualTo(new Caller("sub-1", "teacher", "Tom Teacher", "teacher@example.org",
                Set.of("member", "school")));
        assertThat(member.isOrganiser()).isFalse();

        Caller partner = Caller.of(jwt(Map.of("azp", "demo-partner", "realm_access", Map.of("roles", List.of("partner")))));
        assertThat(partner.username()).isEqualTo("demo-partner");
        assertThat(partner.displayName()).isEqualTo("demo-partner");
        assertThat(partner.hasRole(Caller.PARTNER)).isTrue();
    }
}
