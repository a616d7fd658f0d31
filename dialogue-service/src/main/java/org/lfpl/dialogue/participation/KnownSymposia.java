package org.lfpl.dialogue.participation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A symposium's programme, agenda, preferences, allocation, synthesis, proceedings and hosting rule
 * exist only for a symposium this service has heard of (its publication event): anything else is a
 * 404, so a mistyped or hostile id neither reads as an empty programme nor creates one.
 */
@Configuration(proxyBeanMethods = false)
class KnownSymposia implements WebMvcConfigurer {

    private final SymposiumInfoRepository symposia;

    KnownSymposia(SymposiumInfoRepository symposia) {
        this.symposia = symposia;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                @SuppressWarnings("unchecked")
                Map<String, String> variables = (Map<String, String>) request
                        .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
                String symposiumId = variables != null && variables.containsKey("symposiumId") ? variables.get("symposiumId")
                        : request.getParameter("symposiumId");
                if (symposiumId == null || !symposia.existsById(symposiumId)) {
                    throw Problems.notFound("The symposium");
                }
                return true;
            }
        }).order(100) // after the role check (RolesBeforeBody): a caller without the role gets 403 first
                .addPathPatterns("/api/v1/programmes/*", "/api/v1/programmes/*/**", "/api/v1/dialogues/hosting-rule")
                .excludePathPatterns("/api/v1/programmes/feeds/**");
    }
}
