package org.lfpl.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * Which tokens the platform accepts ({@code lfpl.security.*}). Everything is pinned: the issuer, the
 * audience and the signing algorithm, so a token from another realm, for another API, signed another
 * way ({@code alg: none}, HS256 with the public key) or expired is refused, at the gateway and again
 * at every service.
 *
 * @param issuerUri  the realm's issuer exactly as Keycloak writes it into {@code iss}
 * @param jwkSetUri  where the realm's public keys are fetched (and cached); derived from the issuer
 *                   when not set, so nothing needs Keycloak at start-up to validate tokens
 * @param audience   the audience every accepted access token must name in {@code aud}
 */
@ConfigurationProperties("lfpl.security")
public record TokenPolicy(String issuerUri, String jwkSetUri, String audience) {

    /** The only signing algorithm accepted. */
    public static final SignatureAlgorithm ALGORITHM = SignatureAlgorithm.RS256;

    public TokenPolicy {
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

    /** Expiry and not-before (with Spring's default clock skew), issuer, and audience. */
    public OAuth2TokenValidator<Jwt> validator() {
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuerUri), audienceValidator());
    }

    private OAuth2TokenValidator<Jwt> audienceValidator() {
        OAuth2Error error = new OAuth2Error("invalid_token", "The token is not meant for this API", null);
        return jwt -> {
            List<String> audiences = jwt.getAudience();
            return audiences != null && audiences.contains(audience) ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(error);
        };
    }
}
