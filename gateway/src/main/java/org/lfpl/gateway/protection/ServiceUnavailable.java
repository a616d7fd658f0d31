package org.lfpl.gateway.protection;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.TimeoutException;
import org.lfpl.gateway.problem.ProblemResponses;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a call that failed or was not tried (the breaker is open):
 * a service that does not answer is 503 problem+json with Retry-After, so portals and partners back
 * off instead of hammering it; a service that accepted the call but went silent too long is 504.
 * Each route's {@code service} metadata names the service in the answer.
 */
public final class ServiceUnavailable {

    static final String PATH = "/fallback/service-unavailable";

    private final long retryAfterSeconds;
    private final MeterRegistry meters;

    public ServiceUnavailable(long retryAfterSeconds, MeterRegistry meters) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.meters = meters;
    }

    /** The fallback as a handler: the circuit breaker forwards the failed exchange to {@link #PATH}. */
    public RouterFunction<ServerResponse> route() {
        return RouterFunctions.route(RequestPredicates.path(PATH), request -> answer(request.exchange()));
    }

    Mono<ServerResponse> answer(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String service = route == null ? "the service" : String.valueOf(route.getMetadata().getOrDefault("service", route.getId()));
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        // Operators see why calls failed: lfpl_gateway_service_failures_total{service, cause}.
        meters.counter("lfpl.gateway.service.failures", "service", service,
                "cause", failure == null ? "unknown" : failure.getClass().getSimpleName()).increment();
        if (failure instanceof TimeoutException || failure != null && failure.getCause() instanceof TimeoutException) {
            return ProblemResponses.response(exchange, HttpStatus.GATEWAY_TIMEOUT, "service-timeout",
                    service + " did not answer in time. The request may or may not have been carried out.").build();
        }
        return ProblemResponses.response(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                        service + " is not available at the moment. Try again in " + retryAfterSeconds + " s.")
                .header("Retry-After", Long.toString(retryAfterSeconds)).build();
    }
}
