package org.lfpl.servicedefaults.security;

import java.util.Set;
import org.lfpl.security.KeycloakRoles;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, read from the validated access token. Controllers take it as a parameter and
 * pass it to the domain, which decides per object what this caller may see or change.
 *
 * @param id          the stable subject id ({@code sub}); a member's id everywhere in the platform
 * @param username    Keycloak username, or the client id for a partner's service account
 * @param displayName the token's {@code name}, falling back to the username
 * @param email       the token's {@code email}; may be null (service accounts have none)
 * @param roles       realm roles: member, school, researcher, partner, organiser
 */
public record Caller(String id, String username, String displayName, String email, Set<String> roles) {

    public static final String MEMBER = "member";
    public static final String SCHOOL = "school";
    public static final String RESEARCHER = "researcher";
    public static final String PARTNER = "partner";
    public static final String ORGANISER = "organiser";

    public static Caller of(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        if (username == null) {
            username = jwt.getClaimAsString("azp");
        }
        String name = jwt.getClaimAsString("name");
        return new Caller(jwt.getSubject(), username, name == null || name.isBlank() ? username : name,
                jwt.getClaimAsString("email"), Set.copyOf(KeycloakRoles.realmRoles(jwt)));
    }

    /** The service itself, acting on a schedule (offer expiry, reconciliation): sees what organisers see. */
    public static Caller system() {
        return new Caller("system", "system", "LfPL Network", null, Set.of(ORGANISER));
    }

    /** Someone without a token on a path the service declared public: no id of a member, no roles. */
    public static Caller anonymous() {
        return new Caller("anonymous", "anonymous", "Anonymous", null, Set.of());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isOrganiser() {
        return hasRole(ORGANISER);
    }

    /** A partner organisation's client, not a person: sees only what partners may (no personal data). */
    public boolean isPartnerClient() {
        return hasRole(PARTNER) && !hasRole(MEMBER);
    }
}
