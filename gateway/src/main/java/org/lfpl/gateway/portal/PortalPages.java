package org.lfpl.gateway.portal;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The portal is a single-page application: its pages ({@code /profile},
 * {@code /symposia/42/register}) exist only in the browser. A browser opening one of those
 * addresses directly, or reloading it, gets the portal's {@code index.html}, which then shows the
 * page. Only page navigations qualify: GET, asking for HTML, not the API, sign-in, sign-out,
 * documentation or a file (a last segment with a dot), so a mistyped API path still gets its 404
 * problem and a missing script its 404.
 */
@Configuration(proxyBeanMethods = false)
class PortalPages {

    /** Paths the gateway answers itself or routes to services: never the portal. */
    static final List<String> NOT_PAGES = List.of("/api/", "/api-docs/", "/api-reference", "/swagger-ui", "/webjars/",
            "/oauth2/", "/login", "/logout", "/actuator");

    @Bean
    RouterFunction<ServerResponse> pagesOpenedDirectly(@Value("classpath:/static/index.html") Resource index) {
        RequestPredicate page = RequestPredicates.GET("/**")
                .and(RequestPredicates.accept(MediaType.TEXT_HTML))
                .and(request -> {
                    String path = request.path();
                    String last = path.substring(path.lastIndexOf('/') + 1);
                    return !path.equals("/") && !last.contains(".") && NOT_PAGES.stream().noneMatch(path::startsWith);
                });
        // The shell is small and names its hashed scripts: always revalidated, so a new release
        // is picked up on the next navigation.
        return RouterFunctions.route(page, request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache()).bodyValue(index));
    }
}
