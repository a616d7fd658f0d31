package org.lfpl.gateway.tracing;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Tells every caller the trace its request started, in the W3C Trace Context response header
 * {@code traceresponse: 00-<trace id>-<span id>-<flags>}. A member reporting a problem, a partner
 * or a test quotes the trace id, and an operator finds the request in every service's logs and in
 * the tracing backend: the gateway's span, the service's, and the Kafka consumers' that handled
 * the events it caused.
 */
@Component
class TraceResponse implements WebFilter, Ordered {

    static final String HEADER = "traceresponse";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            traceOf(exchange).ifPresent(trace -> exchange.getResponse().getHeaders().set(HEADER,
                    "00-" + trace.traceId() + "-" + trace.spanId() + "-" + (Boolean.TRUE.equals(trace.sampled()) ? "01" : "00")));
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private static Optional<TraceContext> traceOf(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(observation -> observation.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan)
                .map(span -> span.context());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // before security, so refusals carry the trace id too
    }
}
