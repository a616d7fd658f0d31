package org.lfpl.servicedefaults.security;

import java.util.List;
import org.lfpl.security.AllowedHeaderValues;
import org.lfpl.security.KeycloakRoles;
import org.lfpl.security.TokenPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server that trusts one Keycloak realm. Requests need a valid
 * token except the probes and metrics on the management port and the OpenAPI description; what a
 * role may do is declared next to each operation with {@code @PreAuthorize}, and what a caller may
 * do with one object is decided in the domain with {@link Caller}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(TokenPolicy.class)
public class ResourceServerConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(TokenPolicy policy) {
        // Keys fetched at start-up and kept through a Keycloak outage (SigningKeys); a token verified
        // once is not verified again until it expires (RememberingDecoder).
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(SigningKeys.of(policy.jwkSetUri()))
                .jwsAlgorithm(TokenPolicy.ALGORITHM).build();
        decoder.setJwtValidator(policy.validator());
        return new RememberingDecoder(decoder, java.time.Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http,
            @Value("${lfpl.security.public-paths:}") String[] publicPaths) throws Exception {
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new KeycloakRoles());
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
                            .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll();
                    // Paths a service declares public guard themselves (a calendar feed's secret token) or
                    // decide per object for anonymous callers (public artefacts). "GET /path" limits one to a method.
                    for (String path : publicPaths) {
                        String[] methodAndPath = path.strip().split("\\s+", 2);
                        if (methodAndPath.length == 2) {
                            requests.requestMatchers(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1]).permitAll();
                        } else {
                            requests.requestMatchers(methodAndPath[0]).permitAll();
                        }
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(ProblemSecurityResponses.unauthorized())
                        .accessDeniedHandler(ProblemSecurityResponses.forbidden()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemSecurityResponses.unauthorized())
                        .accessDeniedHandler(ProblemSecurityResponses.forbidden()))
                // Bearer tokens only: no session, so no CSRF surface here (the gateway guards the portal).
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The request itself is observed (timer, trace span) by Spring's HTTP observation; Spring
     * Security observes nothing of its own on top of it: a span per security filter cost more CPU
     * than the registration it guards, and its authentication and authorization timers (with their
     * long-task timers) are read by no dashboard or alert. Refusals are 401/403 requests in
     * http.server.requests.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's strict firewall (Spring Security picks up this bean), its header-value check
     * done by a scan ({@link AllowedHeaderValues}, same answers) instead of the regular expression it
     * runs each time a header is read: that was ~10 % of registration-service's CPU per request.
     */
    @Bean
    @ConditionalOnMissingBean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderValues(new AllowedHeaderValues());
        return firewall;
    }

    /** The {@link Caller} parameter of operations, and role rules checked before bodies are read. */
    @Bean
    WebMvcConfigurer callerParameter() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RolesBeforeBody());
            }
        };
    }
}
