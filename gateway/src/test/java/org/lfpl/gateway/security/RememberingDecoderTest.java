package org.lfpl.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lfpl.testsupport.MutableClock;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/** A verified token is verified once per minute at most, never trusted past its expiry, and a refused one is never remembered. */
class RememberingDecoderTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    final AtomicInteger verifications = new AtomicInteger();

    @Test
    void a_token_seen_again_is_not_verified_again_while_it_is_valid() {
        RememberingDecoder tokens = new RememberingDecoder(token -> {
            verifications.incrementAndGet();
            return Mono.just(jwt(token, NOW.plusSeconds(300)));
        }, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(tokens.decode("t1").block().getSubject()).isEqualTo("t1");
        assertThat(tokens.decode("t1").block().getSubject()).isEqualTo("t1");
        assertThat(verifications).hasValue(1);
        tokens.decode("t2").block();
        assertThat(verifications).hasValue(2);
    }

    @Test
    void an_expired_token_is_verified_again_and_so_refused() {
        MutableClock clock = new MutableClock(NOW);
        RememberingDecoder tokens = new RememberingDecoder(token -> verifications.incrementAndGet() == 1
                ? Mono.just(jwt(token, NOW.plusSeconds(30)))
                : Mono.error(new BadJwtException("expired")), clock);
        tokens.decode("t").block();
        clock.advance(java.time.Duration.ofSeconds(31));
        assertThatThrownBy(() -> tokens.decode("t").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_refused_token_is_checked_in_full_every_time() {
        RememberingDecoder tokens = new RememberingDecoder(token -> {
            verifications.incrementAndGet();
            return Mono.error(new BadJwtException("bad signature"));
        }, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    private static Jwt jwt(String subject, Instant expiresAt) {
        return Jwt.withTokenValue(subject).header("alg", "RS256").subject(subject)
                .issuedAt(NOW.minusSeconds(10)).expiresAt(expiresAt).build();
    }
}
