package org.lfpl.servicedefaults.security;

import java.time.Clock;
import org.lfpl.security.VerifiedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A service's token check: a token verified before and not yet expired is taken as verified
 * ({@link VerifiedTokens}); any other goes through every check of the verifier. Members and
 * partners call again and again with one token, and each call through the gateway is checked
 * here once more; the RSA verification was a tenth of a service's CPU in the registration burst.
 */
final class RememberingDecoder implements JwtDecoder {

    private final JwtDecoder verifier;
    private final VerifiedTokens verified;

    RememberingDecoder(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.verified = new VerifiedTokens(clock);
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.known(token);
        return known != null ? known : verified.remember(token, verifier.decode(token));
    }
}
