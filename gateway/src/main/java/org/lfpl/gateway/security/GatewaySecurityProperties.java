package org.lfpl.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which bearer tokens the gateway lets through (the same pins as every service: issuer, audience,
 * RS256), and where the portal lands after logging out.
 */
@ConfigurationProperties("lfpl.security")
public record GatewaySecurityProperties(String issuerUri, String jwkSetUri, String audience, String postLogoutRedirect) {

    public GatewaySecurityProperties {
        if (issuerUri == null || issuerUri.isBlank()) {
            issuerUri = "http://localhost:8180/realms/lfpl";
        }
        if (jwkSetUri == null || jwkSetUri.isBlank()) {
            jwkSetUri = issuerUri + "/protocol/openid-connect/certs";
        }
        if (audience == null || audience.isBlank()) {
            audience = "lfpl-api";
        }
        if (postLogoutRedirect == null || postLogoutRedirect.isBlank()) {
            postLogoutRedirect = "{baseUrl}/";
        }
    }
}
