package org.lfpl.servicedefaults.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.lfpl.security.TokenPolicy;
import org.lfpl.servicedefaults.security.Caller;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every service describes itself the same way: title from the application name, bearer tokens from
 * the realm (client credentials for partners, authorization code for people), problem+json errors.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static {
        // The caller comes from the token (CallerArgumentResolver), not from the request: not a parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI lfplOpenApi(@Value("${spring.application.name}") String application, TokenPolicy tokens) {
        String oidc = tokens.issuerUri() + "/protocol/openid-connect";
        SecurityScheme keycloak = new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("Access tokens from the LfPL Keycloak realm, audience lfpl-api. Partners use client credentials.")
                .flows(new OAuthFlows()
                        .clientCredentials(new OAuthFlow().tokenUrl(oidc + "/token"))
                        .authorizationCode(new OAuthFlow().authorizationUrl(oidc + "/auth").tokenUrl(oidc + "/token")));
        return new OpenAPI()
                .info(new Info().title("LfPL Network: " + application).version("v1")
                        .description("Errors are RFC 9457 problem+json with a stable type (urn:lfpl:problem:...) and, "
                                + "for invalid input, an errors array of {field, message}.")
                        .license(new License().name("Proprietary")))
                // Relative: "Try it out" calls whoever served the spec, the gateway for the reference page.
                .addServersItem(new Server().url("/").description("the gateway (or this service, when read directly)"))
                .components(new Components().addSecuritySchemes("keycloak", keycloak))
                .addSecurityItem(new SecurityRequirement().addList("keycloak"));
    }
}
