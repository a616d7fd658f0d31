package org.lfpl.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakRolesTest {

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("sub-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void realm_roles_become_spring_roles_and_scopes_become_scope_authorities() {
        Jwt token = jwt(Map.of("realm_access", Map.of("roles", List.of("member", "organiser")),
                "scope", "openid lfpl-api"));
        assertThat(new KeycloakRoles().convert(token)).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_member", "ROLE_organiser", "SCOPE_openid", "SCOPE_lfpl-api");
    }

    @Test
    void a_token_without_or_with_malformed_roles_grants_nothing() {
        assertThat(new KeycloakRoles().convert(jwt(Map.of("x", 1)))).isEmpty();
        assertThat(new KeycloakRoles().convert(jwt(Map.of("realm_access", "member")))).isEmpty();
        assertThat(new KeycloakRoles().convert(jwt(Map.of("realm_access", Map.of("roles", List.of(1, "member"))))))
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_member");
    }
}
