package org.lfpl.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in for Keycloak inside slice and integration tests: an RSA key, its JWKS served over
 * HTTP on loopback, and tokens shaped like Keycloak's ({@code realm_access.roles},
 * {@code preferred_username}, {@code aud}). Services validate them with their real decoder; the
 * end-to-end tests use the real Keycloak.
 */
public final class TestTokens {

    public static final String AUDIENCE = "lfpl-api";

    private static volatile TestTokens issuer;

    private final RSAKey key;
    private final String issuerUri;

    private TestTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID("test-" + UUID.randomUUID()).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/realms/lfpl/protocol/openid-connect/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            // Enough OpenID discovery for an OAuth2 client (the gateway's portal login) to start against it.
            server.createContext("/realms/lfpl/.well-known/openid-configuration", exchange -> {
                String base = "http://127.0.0.1:" + exchange.getLocalAddress().getPort() + "/realms/lfpl";
                String oidc = base + "/protocol/openid-connect";
                byte[] discovery = ("{\"issuer\":\"" + base + "\",\"authorization_endpoint\":\"" + oidc + "/auth\","
                        + "\"token_endpoint\":\"" + oidc + "/token\",\"jwks_uri\":\"" + oidc + "/certs\","
                        + "\"userinfo_endpoint\":\"" + oidc + "/userinfo\",\"end_session_endpoint\":\"" + oidc + "/logout\","
                        + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                        + "\"code_challenge_methods_supported\":[\"S256\"]}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, discovery.length);
                exchange.getResponseBody().write(discovery);
                exchange.close();
            });
            server.setExecutor(null);
            server.start();
            issuerUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/lfpl";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one issuer of this test JVM. */
    public static TestTokens issuer() {
        TestTokens current = issuer;
        if (current == null) {
            synchronized (TestTokens.class) {
                if (issuer == null) {
                    issuer = new TestTokens();
                }
                current = issuer;
            }
        }
        return current;
    }

    public String issuerUri() {
        return issuerUri;
    }

    public String jwkSetUri() {
        return issuerUri + "/protocol/openid-connect/certs";
    }

    /** A member's token as Keycloak would issue it through the portal or the CLI client. */
    public String member(String username, String... extraRoles) {
        return token().subject(subjectOf(username)).username(username).roles(extraRoles).sign();
    }

    /** A partner's client-credentials token: role partner only, no personal claims, the given scopes. */
    public String partner(String clientId, String... scopes) {
        return token().subject(subjectOf("service-account-" + clientId)).username("service-account-" + clientId)
                .noMemberRole().roles("partner").azp(clientId).noPersonalClaims().scopes(scopes).sign();
    }

    /** Stable subject id for a username, so tests can refer to members across calls. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(("lfpl-test:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public Builder token() {
        return new Builder();
    }

    /** Builds one token; defaults make a valid member token. */
    public final class Builder {
        private String subject = subjectOf("member");
        private String username = "member";
        private final java.util.LinkedHashSet<String> roles = new java.util.LinkedHashSet<>(List.of("member"));
        private List<String> audience = List.of(AUDIENCE);
        private String tokenIssuer = issuerUri;
        private Duration lifetime = Duration.ofMinutes(5);
        private Instant issuedAt = Instant.now();
        private String azp = "lfpl-cli";
        private boolean personalClaims = true;
        private final java.util.LinkedHashSet<String> scopes = new java.util.LinkedHashSet<>(List.of("openid", "profile", "email"));

        public Builder subject(String value) { subject = value; return this; }
        public Builder username(String value) { username = value; return this; }
        public Builder roles(String... values) { roles.addAll(List.of(values)); return this; }
        public Builder noMemberRole() { roles.remove("member"); return this; }
        public Builder audience(String... values) { audience = List.of(values); return this; }
        public Builder issuer(String value) { tokenIssuer = value; return this; }
        public Builder azp(String value) { azp = value; return this; }
        public Builder noPersonalClaims() { personalClaims = false; return this; }
        /** More granted scopes, as Keycloak lists client scopes in the {@code scope} claim. */
        public Builder scopes(String... values) { scopes.addAll(List.of(values)); return this; }
        public Builder expired() { issuedAt = Instant.now().minus(Duration.ofHours(1)); lifetime = Duration.ofMinutes(5); return this; }

        private JWTClaimsSet claims() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(tokenIssuer).subject(subject).audience(audience).jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(issuedAt)).expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .claim("azp", azp).claim("typ", "Bearer").claim("scope", String.join(" ", scopes))
                    .claim("preferred_username", username)
                    .claim("realm_access", Map.of("roles", List.copyOf(roles)));
            if (personalClaims) {
                String name = Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Example";
                claims.claim("name", name).claim("email", username + "@example.org");
            }
            return claims.build();
        }

        /** Signed with the issuer's key (RS256): valid unless a claim was made wrong on purpose. */
        public String sign() {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims());
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The classic forgery: {@code alg: none}, no signature. */
        public String unsigned() {
            return new PlainJWT(claims()).serialize();
        }

        /** The other classic forgery: HS256 with the public key's bytes as the HMAC secret. */
        public String hmacWithPublicKey() {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims());
                byte[] secret = key.toRSAPublicKey().getEncoded();
                jwt.sign(new MACSigner(secret));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
