package org.lfpl.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Keycloak puts realm roles in {@code realm_access.roles}; Spring looks for authorities. Each realm
 * role becomes {@code ROLE_<role>} (so {@code hasRole('organiser')} reads as the users say it) and
 * each granted scope {@code SCOPE_<scope>} (for partner clients whose access is by scope).
 */
public final class KeycloakRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String role : realmRoles(jwt)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
        String scope = jwt.getClaimAsString("scope");
        if (scope != null) {
            for (String s : scope.split(" ")) {
                if (!s.isBlank()) {
                    authorities.add(new SimpleGrantedAuthority("SCOPE_" + s));
                }
            }
        }
        return authorities;
    }

    /** A partner organisation's client-credentials token: role partner, and no person (no member role) behind it. */
    public static boolean isPartnerClient(Jwt jwt) {
        List<String> roles = realmRoles(jwt);
        return roles.contains("partner") && !roles.contains("member");
    }

    /** The realm roles in a token; empty when the claim is missing or malformed. */
    public static List<String> realmRoles(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> roles) {
            return roles.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
