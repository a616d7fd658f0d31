package org.lfpl.servicedefaults;

import org.lfpl.servicedefaults.openapi.OpenApiConfiguration;
import org.lfpl.servicedefaults.problem.ProblemDetailsAdvice;
import org.lfpl.servicedefaults.security.ResourceServerConfiguration;
import java.time.Duration;
import org.lfpl.servicedefaults.web.RequestsInFlight;
import org.lfpl.servicedefaults.web.UnknownParameters;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** Switched on by having the library on the classpath; each piece can be replaced by a bean of one's own. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ResourceServerConfiguration.class, ProblemDetailsAdvice.class, OpenApiConfiguration.class})
public class ServiceDefaultsAutoConfiguration {

    /** Before everything else, security included: a flood waits at the door, not inside. */
    @Bean
    FilterRegistrationBean<RequestsInFlight> requestsInFlight(
            @Value("${lfpl.service.max-requests-in-flight:64}") int limit,
            @Value("${lfpl.service.max-wait:30s}") Duration wait) {
        FilterRegistrationBean<RequestsInFlight> registration = new FilterRegistrationBean<>(new RequestsInFlight(limit, wait));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Query parameters an operation does not declare are a 400, as unknown body fields are. */
    @Bean
    WebMvcConfigurer unknownParametersRefused() {
        UnknownParameters unknownParameters = new UnknownParameters();
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(unknownParameters).order(50); // after the role check (RolesBeforeBody)
            }
        };
    }
}
