package org.lfpl.gateway.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.lfpl.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * While Keycloak does not answer, starting a portal sign-in would send the browser to a page that
 * cannot load. Instead the gateway says so itself: 503 with Retry-After and a short page (or
 * problem+json to a script) explaining that signing in is unavailable for the moment and that
 * people already signed in can go on. Whether Keycloak answers is asked of its OpenID
 * configuration, with a short timeout, at most every few seconds; everything else the gateway does
 * (tokens already issued, sessions) does not depend on it.
 */
final class SignInAvailability implements WebFilter, Ordered {

    static final String SIGN_IN_START = "/oauth2/authorization/";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REMEMBERED = Duration.ofSeconds(5);
    private static final long RETRY_AFTER_SECONDS = 30;

    private final URI probe;
    private final WebClient http;
    private final Clock clock;
    private final AtomicReference<Answer> last = new AtomicReference<>(new Answer(true, Instant.MIN));

    private record Answer(boolean up, Instant at) {}

    SignInAvailability(URI probe, WebClient http, Clock clock) {
        this.probe = probe;
        this.http = http;
        this.clock = clock;
    }

    /** Before Spring Security's filters, which would redirect to Keycloak. */
    @Override
    public int getOrder() {
        return -200;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith(SIGN_IN_START)) {
            return chain.filter(exchange);
        }
        return keycloakAnswers().flatMap(up -> up ? chain.filter(exchange) : unavailable(exchange));
    }

    private Mono<Boolean> keycloakAnswers() {
        Answer known = last.get();
        if (known.at().plus(REMEMBERED).isAfter(clock.instant())) {
            return Mono.just(known.up());
        }
        return http.get().uri(probe).retrieve().toBodilessEntity()
                .map(response -> true)
                .timeout(TIMEOUT)
                .onErrorReturn(false)
                .doOnNext(up -> last.set(new Answer(up, clock.instant())));
    }

    private static Mono<Void> unavailable(ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        response.getHeaders().set("Retry-After", Long.toString(RETRY_AFTER_SECONDS));
        String detail = "Signing in is not available at the moment: the identity service (Keycloak) is not answering. "
                + "If you are already signed in you can go on. Try again in a minute.";
        boolean browser = exchange.getRequest().getHeaders().getAccept().stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
        if (!browser) {
            return ProblemResponses.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "sign-in-unavailable", detail);
        }
        response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        byte[] page = ("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Sign-in unavailable - LfPL Network</title></head>
                <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
                <main><h1>Sign-in is not available at the moment</h1>
                <p>%s</p>
                <p><a href="/">Back to LfPL Network</a></p></main></body></html>
                """).formatted(detail).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().setContentLength(page.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(page)));
    }
}
