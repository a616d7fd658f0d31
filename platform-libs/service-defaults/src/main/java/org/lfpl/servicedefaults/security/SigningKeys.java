package org.lfpl.servicedefaults.security;

import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak's signing keys (the JWK set) as the token decoder reads them: fetched once at start-up
 * in the background, cached for 15 minutes and fetched again on a key id not seen before (key
 * rotation), and, when Keycloak cannot be reached, the last keys fetched are used for as long as
 * it stays away. So tokens already issued keep working through a Keycloak outage, also in a service
 * that had served no request yet when Keycloak went down.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {}

    static JWKSource<SecurityContext> of(String jwkSetUri) {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(jwkSetUri).toURL(), new DefaultResourceRetriever(2_000, 5_000, 512 * 1024))
                    .cache(Duration.ofMinutes(15).toMillis(), Duration.ofSeconds(15).toMillis())
                    .outageTolerantForever()
                    .build();
            prefetch(jwkSetUri, keys);
            return keys;
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a URL for the signing keys: " + jwkSetUri, e);
        }
    }

    private static void prefetch(String jwkSetUri, JWKSource<SecurityContext> keys) {
        Thread.ofVirtual().name("signing-keys-prefetch").start(() -> {
            long pause = 1_000;
            for (int attempt = 1; attempt <= 40; attempt++) {
                try {
                    int found = keys.get(new JWKSelector(new JWKMatcher.Builder().build()), null).size();
                    log.info("{} signing keys fetched from {}", found, jwkSetUri);
                    return;
                } catch (Exception notYet) {
                    log.debug("Signing keys not fetched from {} yet: {}", jwkSetUri, notYet.toString());
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = Math.min(pause * 2, 30_000);
            }
        });
    }
}
