package org.lfpl.gateway.security;

import java.time.Clock;
import org.lfpl.security.VerifiedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The gateway's token check: a token verified before and not yet expired is taken as verified
 * ({@link VerifiedTokens}); any other goes through every check of the verifier.
 */
final class RememberingDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final VerifiedTokens verified;

    RememberingDecoder(ReactiveJwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.verified = new VerifiedTokens(clock);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.known(token);
        return known != null ? Mono.just(known) : verifier.decode(token).map(jwt -> verified.remember(token, jwt));
    }
}
