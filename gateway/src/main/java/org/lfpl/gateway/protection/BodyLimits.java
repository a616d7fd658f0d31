package org.lfpl.gateway.protection;

import org.lfpl.gateway.problem.ProblemResponses;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Request bodies have a size limit per route, read from the route's metadata:
 * {@code max-body-size} (default {@code lfpl.gateway.max-body-size}, small: API calls carry JSON)
 * and {@code streamed-bodies: true} on the routes that may send a body without announcing its
 * length (artefact uploads; artefact-service counts those bytes itself and stops at its limit).
 * Elsewhere a body must announce its length, so an endless chunked body cannot tie up a service.
 * Both refusals happen before anything is sent on: 413 or 411 problem+json.
 */
public final class BodyLimits implements GlobalFilter, Ordered {

    private final DataSize defaultLimit;

    public BodyLimits(DataSize defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long length = headers.getContentLength();
        boolean chunked = length < 0 && headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
        if (length <= 0 && !chunked) {
            return chain.filter(exchange);
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        Object configured = route == null ? null : route.getMetadata().get("max-body-size");
        DataSize limit = configured == null ? defaultLimit : DataSize.parse(configured.toString());
        if (length > limit.toBytes()) {
            return ProblemResponses.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "The request body has " + length + " bytes; this route takes at most " + limit.toBytes() + ".");
        }
        boolean streamed = route != null && Boolean.parseBoolean(String.valueOf(route.getMetadata().get("streamed-bodies")));
        if (chunked && !streamed) {
            return ProblemResponses.write(exchange, HttpStatus.LENGTH_REQUIRED, "length-required",
                    "Send the request body with a Content-Length header (at most " + limit.toBytes() + " bytes).");
        }
        return chain.filter(exchange);
    }
}
