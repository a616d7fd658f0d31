package org.lfpl.servicedefaults.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which tokens a service accepts. Everything is pinned: the issuer, the audience and the signing
 * algorithm, so a token from another realm, for another API, or signed another way is refused.
 *
 * @param issuerUri  the realm's issuer exactly as Keycloak writes it into {@code iss}
 * @param jwkSetUri  where the realm's public keys are fetched (and cached); derived from the
 *                   issuer when not set, so a service needs no Keycloak at start-up
 * @param audience   the audience every accepted access token must name in {@code aud}
 */
@ConfigurationProperties("lfpl.security")
public record LfplSecurityProperties(String issuerUri, String jwkSetUri, String audience) {

    public LfplSecurityProperties {
        if (issuerUri == null || issuerUri.isBlank()) {
            issuerUri = "http://localhost:8180/realms/lfpl";
        }
        if (jwkSetUri == null || jwkSetUri.isBlank()) {
            jwkSetUri = issuerUri + "/protocol/openid-connect/certs";
        }
        if (audience == null || audience.isBlank()) {
            audience = "lfpl-api";
        }
    }
}
