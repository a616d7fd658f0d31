package org.lfpl.gateway.protection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.lfpl.gateway.problem.ProblemResponses;
import org.lfpl.security.KeycloakRoles;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Token buckets per caller, checked after sign-in is known: each partner client, each person
 * (portal session or bearer token, by subject) and each anonymous address has its own bucket. A
 * caller over its limit gets 429 problem+json with Retry-After (seconds until a token is back) and
 * never reaches a service. Buckets live in this gateway's memory (idle ones are forgotten after 10
 * minutes); with several gateway replicas each enforces the limit on its own share of traffic.
 */
@Order(-50) // after Spring Security (-100), so the caller is known; before routing
public final class RateLimits implements WebFilter {

    /**
     * A bucket holds {@code burst} tokens and gets {@code perSecond} back every second.
     *
     * @param partners  per partner client (client id), unless {@code clients} names it
     * @param people    per person: portal users and members' own bearer tokens
     * @param anonymous per remote address, for calls without credentials
     * @param clients   per-client overrides, by client id
     */
    @ConfigurationProperties("lfpl.rate-limits")
    public record Settings(Limit partners, Limit people, Limit anonymous, Map<String, Limit> clients) {
        public Settings {
            clients = clients == null ? Map.of() : clients;
        }
    }

    public record Limit(long perSecond, long burst) {}

    private static final List<String> LIMITED = List.of("/api/", "/oauth2/", "/login", "/logout");

    private final Settings settings;
    private final MeterRegistry meters;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();

    public RateLimits(Settings settings, MeterRegistry meters) {
        this.settings = settings;
        this.meters = meters;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (LIMITED.stream().noneMatch(path::startsWith)) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(principal -> caller(principal, exchange))
                .defaultIfEmpty(anonymous(exchange))
                .flatMap(caller -> {
                    ConsumptionProbe probe = buckets.get(caller.key(), key -> bucket(caller.limit()))
                            .tryConsumeAndReturnRemaining(1);
                    if (probe.isConsumed()) {
                        exchange.getResponse().getHeaders().set("X-RateLimit-Remaining",
                                Long.toString(probe.getRemainingTokens()));
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
                    meters.counter("lfpl.gateway.rate.limited", "caller", caller.kind()).increment();
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
                    exchange.getResponse().getHeaders().set("X-RateLimit-Remaining", "0");
                    return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                            "Too many requests: " + caller.limit().perSecond() + " a second (bursts of "
                                    + caller.limit().burst() + ") are allowed. Try again in " + seconds + " s.");
                });
    }

    private record Caller(String kind, String key, Limit limit) {}

    private Caller caller(Object principal, ServerWebExchange exchange) {
        if (principal instanceof JwtAuthenticationToken jwt && KeycloakRoles.isPartnerClient(jwt.getToken())) {
            String client = String.valueOf(jwt.getToken().getClaims().getOrDefault("azp", jwt.getName()));
            return new Caller("partner", "partner:" + client, settings.clients().getOrDefault(client, settings.partners()));
        }
        if (principal instanceof JwtAuthenticationToken || principal instanceof OAuth2AuthenticationToken) {
            return new Caller("person", "person:" + ((Authentication) principal).getName(), settings.people());
        }
        return anonymous(exchange);
    }

    private Caller anonymous(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String address = remote == null ? "unknown" : remote.getAddress() == null ? remote.getHostString()
                : remote.getAddress().getHostAddress();
        return new Caller("anonymous", "address:" + address, settings.anonymous());
    }

    private static Bucket bucket(Limit limit) {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.burst()).refillGreedy(limit.perSecond(), Duration.ofSeconds(1)))
                .build();
    }
}
