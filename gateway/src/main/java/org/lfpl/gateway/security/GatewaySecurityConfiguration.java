package org.lfpl.gateway.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.lfpl.gateway.problem.ProblemResponses;
import org.lfpl.security.AllowedHeaderValues;
import org.lfpl.security.TokenPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.server.session.InMemoryReactiveOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.server.session.ReactiveOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.session.WebSessionIdResolver;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

/**
 * Two kinds of callers come through one door:
 * <ul>
 *   <li>the portal in a browser: it logs in with Keycloak (authorization code with PKCE), holds only
 *       an HttpOnly session cookie, and the gateway relays the session's access token to services
 *       (TokenRelay). Its state-changing calls need a CSRF token;</li>
 *   <li>partners and scripts: they send a bearer token, which the gateway validates (issuer,
 *       audience, RS256) before passing it on unchanged, in a chain of their own: no session, no
 *       CSRF, no cookie ({@link #bearerCalls}). A partner client passes only to the routes its
 *       scopes open ({@link PartnerApi}).</li>
 * </ul>
 * API calls without either get 401 problem+json; only page navigation is sent to the login page.
 * A session ends for good on sign-out, on Keycloak's back-channel logout and on a refused refresh
 * ({@link SessionEnd}, {@link ExpiredPortalSession}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({TokenPolicy.class, PartnerApi.class})
class GatewaySecurityConfiguration {

    private static final ServerWebExchangeMatcher API = ServerWebExchangeMatchers.pathMatchers("/api/**");

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository clients,
            @Value("${lfpl.portal.post-logout-redirect:{baseUrl}/}") String postLogoutRedirect,
            PartnerApi partnerApi, ReactiveOidcSessionRegistry oidcSessions, WebSessionManager sessions,
            @Value("${lfpl.partners.cors-origins:}") List<String> partnerOrigins) {
        ProblemEntryPoint problems = new ProblemEntryPoint();

        DefaultServerOAuth2AuthorizationRequestResolver pkce = new DefaultServerOAuth2AuthorizationRequestResolver(clients);
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        OidcClientInitiatedServerLogoutSuccessHandler keycloakLogout = new OidcClientInitiatedServerLogoutSuccessHandler(clients);
        keycloakLogout.setPostLogoutRedirectUri(postLogoutRedirect);

        CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));

        http.authorizeExchange(exchanges -> routes(exchanges, partnerApi))
                .oauth2Login(login -> login.authorizationRequestResolver(pkce))
                .oauth2ResourceServer(resourceServer -> bearerTokens(resourceServer, problems))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((exchange, ex) -> API.matches(exchange)
                                .flatMap(match -> match.isMatch() ? problems.commence(exchange, ex)
                                        : redirectToLogin(exchange)))
                        .accessDeniedHandler(problems))
                // The portal reads the XSRF-TOKEN cookie and echoes it in X-XSRF-TOKEN: the plain handler
                // (not Security 7's default XOR-masked one) is what makes that echo match.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(sessionWrites())
                        .accessDeniedHandler((exchange, denied) -> ProblemResponses.write(exchange, HttpStatus.FORBIDDEN,
                                "csrf-token-invalid", "A write in a portal session needs the X-XSRF-TOKEN header with the "
                                        + "value of this session's XSRF-TOKEN cookie.")))
                .logout(logout -> logout
                        // after the defaults (security context, CSRF token): the whole session goes
                        .logoutHandler(handlers -> handlers.add(SessionEnd.invalidateSession()))
                        .logoutSuccessHandler(keycloakLogout))
                .oidcLogout(logout -> logout.oidcSessionRegistry(oidcSessions)
                        .backChannel(backChannel -> backChannel.logoutHandler(SessionEnd.backChannel(oidcSessions, sessions))))
                .headers(GatewaySecurityConfiguration::securityHeaders)
                .cors(cors -> cors.configurationSource(partnerCors(partnerOrigins)));
        return http.build();
    }

    /**
     * Calls that carry a bearer token (partners, scripts, the benchmarks) are stateless: the same
     * routes, token checks, problems, headers and CORS as above, but no session is looked up or
     * created, no request is remembered for a login, and no CSRF cookie is set (nothing rides on a
     * cookie). Spring's pattern for an application that is both an OAuth2 client and a resource
     * server: the resource server's own chain, first. It also spares each call the two thread hops
     * an in-memory session's creation makes (./lfpl bench gateway under JFR).
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain bearerCalls(ServerHttpSecurity http, PartnerApi partnerApi,
            @Value("${lfpl.partners.cors-origins:}") List<String> partnerOrigins) {
        ProblemEntryPoint problems = new ProblemEntryPoint();
        http.securityMatcher(exchange -> BearerTokenHeader.isPresent(exchange.getRequest())
                        ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch())
                .authorizeExchange(exchanges -> routes(exchanges, partnerApi))
                .oauth2ResourceServer(resourceServer -> bearerTokens(resourceServer, problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .headers(GatewaySecurityConfiguration::securityHeaders)
                .cors(cors -> cors.configurationSource(partnerCors(partnerOrigins)));
        return http.build();
    }

    /** Who may call which route through the gateway, the same for portal sessions and bearer calls. */
    private static void routes(ServerHttpSecurity.AuthorizeExchangeSpec exchanges, PartnerApi partnerApi) {
        exchanges
                // Private calendar feeds: the URL's secret token is the credential (checked by dialogue-service).
                .pathMatchers(HttpMethod.GET, "/api/v1/programmes/feeds/*").access(partnerApi.publicAuthorization())
                // The artefact library's reads: anyone may open PUBLIC artefacts (artefact-service decides per artefact).
                .pathMatchers(HttpMethod.GET, "/api/v1/artefacts", "/api/v1/artefacts/*", "/api/v1/artefacts/*/file",
                        "/api/v1/artefacts/*/preview", "/api/v1/artefacts/*/versions/*/file")
                        .access(partnerApi.publicAuthorization())
                // One-click unsubscribe from an email (RFC 8058): the signed token in the path is the credential.
                .pathMatchers(HttpMethod.POST, "/api/v1/notifications/unsubscribe/*").access(partnerApi.publicAuthorization())
                // Partners only where a scope they hold opens the route; people by role, in the services.
                .pathMatchers("/api/**").access(partnerApi.authorization())
                .anyExchange().permitAll();
    }

    /** Bearer tokens: read by a scan, checked against the pinned policy, refused as 401/403 problems. */
    private static void bearerTokens(ServerHttpSecurity.OAuth2ResourceServerSpec resourceServer, ProblemEntryPoint problems) {
        resourceServer.bearerTokenConverter(new BearerTokenHeader())
                .jwt(Customizer.withDefaults())
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems);
    }

    private static void securityHeaders(ServerHttpSecurity.HeaderSpec headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frames -> frames.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                .hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true));
    }

    /** Spring Security's strict firewall, its header-value check done by a scan ({@link AllowedHeaderValues}). */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderValues(new AllowedHeaderValues());
        return firewall;
    }

    /** The CSRF token is created lazily; subscribing to it on every request makes its cookie get written. */
    @Bean
    WebFilter csrfCookie() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
        };
    }

    private static Mono<Void> redirectToLogin(ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(org.springframework.http.HttpStatus.FOUND);
        exchange.getResponse().getHeaders().setLocation(java.net.URI.create("/oauth2/authorization/keycloak"));
        return exchange.getResponse().setComplete();
    }

    /** CSRF guards what a browser session can be tricked into: writes that carry a session cookie (bearer calls have their own chain). */
    private static ServerWebExchangeMatcher sessionWrites() {
        return exchange -> {
            var request = exchange.getRequest();
            boolean safe = switch (request.getMethod().name()) {
                case "GET", "HEAD", "OPTIONS", "TRACE" -> true;
                default -> false;
            };
            boolean backChannelLogout = request.getPath().value().startsWith("/logout/connect/back-channel/");
            // Mail clients post it with no session and no cookies, so there is nothing to forge.
            boolean unsubscribe = request.getPath().value().startsWith("/api/v1/notifications/unsubscribe/");
            // No session cookie, no session to ride on: such a write is refused (401) or public, never forged.
            boolean sessionless = !request.getCookies().containsKey("SESSION");
            return safe || backChannelLogout || unsubscribe || sessionless ? ServerWebExchangeMatcher.MatchResult.notMatch()
                    : ServerWebExchangeMatcher.MatchResult.match();
        };
    }

    /** CORS for the partner origins an operator lists (none by default); the portal is same-origin. */
    private static CorsConfigurationSource partnerCors(List<String> origins) {
        CorsConfiguration partners = new CorsConfiguration();
        partners.setAllowedOrigins(origins.stream().filter(origin -> !origin.isBlank()).toList());
        partners.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        partners.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "If-None-Match", "If-Match"));
        partners.setExposedHeaders(List.of("Location", "ETag", "Retry-After", "X-RateLimit-Remaining"));
        partners.setAllowCredentials(false); // bearer tokens only: a partner page never rides on a portal session
        partners.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", partners);
        return source;
    }

    /** Back-channel logout finds a Keycloak session's gateway sessions here (one gateway replica; see README). */
    @Bean
    ReactiveOidcSessionRegistry oidcSessionRegistry() {
        return new InMemoryReactiveOidcSessionRegistry();
    }

    @Bean
    WebSessionIdResolver sessionCookie() {
        return new SessionCookie();
    }

    @Bean
    WebFilter securityHeaders(TokenPolicy policy) {
        return new SecurityHeaders(policy.issuerUri());
    }

    /** A portal sign-in started while Keycloak does not answer gets a clear 503 rather than a dead redirect. */
    @Bean
    WebFilter signInAvailability(TokenPolicy policy, @Value("${lfpl.portal.sign-in-probe-uri:}") String probe) {
        return new SignInAvailability(URI.create(probe.isBlank() ? policy.issuerUri() + "/.well-known/openid-configuration" : probe),
                WebClient.create(), Clock.systemUTC());
    }

    /**
     * As in the services: the exchange is observed once (http.server.requests, its span), and Spring
     * Security observes nothing of its own. Its authorization observation (a timer, a long-task timer
     * and a span per call) cost ~1 % of the gateway's CPU and no dashboard or alert reads it; refusals
     * are still 401/403 requests in http.server.requests. (Switched off once before, and undone when
     * the call after a 429 hung 30 s now and then; it hung without the cut too, and the cause,
     * reactor/reactor-netty#4361, is fixed in Reactor Netty 1.3.9, which the gateway uses.)
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The same pinned policy as every service: a token the services would refuse never gets past the door. */
    @Bean
    ReactiveJwtDecoder jwtDecoder(TokenPolicy policy) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(policy.jwkSetUri())
                .jwsAlgorithm(TokenPolicy.ALGORITHM).build();
        decoder.setJwtValidator(policy.validator());
        return new RememberingDecoder(decoder, Clock.systemUTC());
    }
}
