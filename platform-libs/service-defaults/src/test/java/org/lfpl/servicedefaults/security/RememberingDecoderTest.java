package org.lfpl.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

/** A service verifies a token once while it is valid, again once it has expired, and a refused token every time. */
class RememberingDecoderTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    final AtomicInteger verifications = new AtomicInteger();

    @Test
    void a_token_seen_again_is_not_verified_again_until_it_expires() {
        Instant[] now = {NOW};
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        RememberingDecoder tokens = new RememberingDecoder(token -> {
            if (verifications.incrementAndGet() > 1 && now[0].isAfter(NOW.plusSeconds(30))) {
                throw new BadJwtException("expired");
            }
            return jwt(token, NOW.plusSeconds(30));
        }, clock);

        assertThat(tokens.decode("t1").getSubject()).isEqualTo("t1");
        assertThat(tokens.decode("t1").getSubject()).isEqualTo("t1");
        assertThat(verifications).hasValue(1);

        now[0] = NOW.plus(Duration.ofSeconds(31));
        assertThatThrownBy(() -> tokens.decode("t1")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_refused_token_is_checked_in_full_every_time() {
        RememberingDecoder tokens = new RememberingDecoder(token -> {
            verifications.incrementAndGet();
            throw new BadJwtException("bad signature");
        }, Clock.systemUTC());
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    private static Jwt jwt(String subject, Instant expiresAt) {
        return Jwt.withTokenValue(subject).header("alg", "RS256").subject(subject)
                .issuedAt(NOW.minusSeconds(10)).expiresAt(expiresAt).build();
    }
}
