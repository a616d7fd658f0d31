package org.lfpl.gateway.protection;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.TimeoutException;
import org.lfpl.gateway.problem.ProblemResponses;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What a caller gets when a route's service fails them: a service that does not answer (refused
 * connection, dropped connection, the route's circuit breaker open) is 503 problem+json with
 * Retry-After, so portals and partners back off instead of hammering it; a service that accepted
 * the call but went silent too long is 504. Each route's {@code service} metadata names the service.
 *
 * <p>The answer is written here, around the route's filters, rather than by forwarding to a
 * circuit breaker {@code fallbackUri}: a fallback forward makes Spring Cloud Gateway keep a copy of
 * every request body on that route in memory (to send it again to the fallback), which for a 100 MB
 * upload meant the whole file held in the gateway's direct memory, and sometimes refused.
 * The breakers themselves are unchanged (ProtectionConfiguration); without a fallback they fail the
 * call with the errors answered here.
 */
public final class ServiceUnavailable implements GlobalFilter, Ordered {

    private final long retryAfterSeconds;
    private final MeterRegistry meters;

    public ServiceUnavailable(long retryAfterSeconds, MeterRegistry meters) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.meters = meters;
    }

    /** Around every route filter (they start at 1), after the gateway's own checks (BodyLimits, RateLimits). */
    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange).onErrorResume(failure -> failedByTheService(exchange, failure),
                failure -> answer(exchange, failure));
    }

    /**
     * Failures of the call to the service, and only those: a refused refresh token is the portal
     * session's business (ExpiredPortalSession), a 4xx decided by a filter stands, and an answer
     * already under way (a download cut off halfway) cannot be replaced by another.
     */
    private static boolean failedByTheService(ServerWebExchange exchange, Throwable failure) {
        return !exchange.getResponse().isCommitted()
                && !(failure instanceof OAuth2AuthorizationException)
                && !(failure instanceof ResponseStatusException refused && refused.getStatusCode().is4xxClientError());
    }

    Mono<Void> answer(ServerWebExchange exchange, Throwable failure) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String service = route == null ? "the service" : String.valueOf(route.getMetadata().getOrDefault("service", route.getId()));
        // Operators see why calls failed: lfpl_gateway_service_failures_total{service, cause}.
        meters.counter("lfpl.gateway.service.failures", "service", service, "cause", cause(failure)).increment();
        if (timedOut(failure)) {
            return ProblemResponses.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "service-timeout",
                    service + " did not answer in time. The request may or may not have been carried out.");
        }
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
        return ProblemResponses.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                service + " is not available at the moment. Try again in " + retryAfterSeconds + " s.");
    }

    /** The route's response timeout and the breaker's time limit both end in a TimeoutException or a 504. */
    private static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException
                    || t instanceof ResponseStatusException status && status.getStatusCode().value() == 504) {
                return true;
            }
        }
        return false;
    }

    /**
     * The underlying failure for the metric: ConnectException, PrematureCloseException, TimeoutException...,
     * or CircuitBreakerOpen when the breaker refused the call without trying.
     */
    private static String cause(Throwable failure) {
        if (failure instanceof ServiceUnavailableException) {
            return "CircuitBreakerOpen";
        }
        Throwable t = failure;
        while (t instanceof ResponseStatusException && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }
}
