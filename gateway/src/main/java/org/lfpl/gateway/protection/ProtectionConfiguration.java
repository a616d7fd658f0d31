package org.lfpl.gateway.protection;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquirePendingLimitException;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException;

/** What keeps callers and services from hurting each other: rate limits, body limits, circuit breakers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimits.Settings.class)
class ProtectionConfiguration {

    @Bean
    RateLimits rateLimits(RateLimits.Settings settings, MeterRegistry meters) {
        return new RateLimits(settings, meters);
    }

    /** Malformed request targets are refused first, and the security firewall's refusals answered as problems. */
    @Bean
    StrictRequestTargets strictRequestTargets() {
        return new StrictRequestTargets();
    }

    @Bean
    BodyLimits bodyLimits(@Value("${lfpl.gateway.max-body-size:1MB}") DataSize defaultLimit) {
        return new BodyLimits(defaultLimit);
    }

    @Bean
    ServiceUnavailable serviceUnavailable(@Value("${lfpl.gateway.retry-after-seconds:10}") long retryAfter,
            MeterRegistry meters) {
        return new ServiceUnavailable(retryAfter, meters);
    }

    /**
     * One breaker per service: it opens when half of the last 20 calls failed to connect or timed out
     * (at least 10 calls), answers 503 at once for the open time, then lets 3 trial calls through.
     * Failures are transport failures only: a service's own 4xx/5xx answers are passed on unchanged.
     * A call that never left the gateway because the connection pool to the service was full is
     * answered 503 too, but is not counted against the service: that is this gateway shedding load,
     * and opening the breaker on it would turn a burst into ten seconds of 503s for everyone.
     */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakers(
            @Value("${lfpl.gateway.retry-after-seconds:10}") long openSeconds) {
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(20)
                        .minimumNumberOfCalls(10)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(openSeconds))
                        .permittedNumberOfCallsInHalfOpenState(3)
                        .ignoreExceptions(PoolAcquirePendingLimitException.class, PoolAcquireTimeoutException.class)
                        .build())
                .build());
    }
}
