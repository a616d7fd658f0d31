package org.lfpl.servicedefaults.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ServiceDefaultsEnvironmentPostProcessorTest {

    @Test
    void shared_defaults_apply_but_a_services_own_setting_wins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("server.shutdown", "immediate")));

        new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.shutdown")).isEqualTo("immediate");
        assertThat(environment.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("lfpl.security.audience")).isEqualTo("lfpl-api");
        assertThat(environment.getPropertySources().stream().toList().getLast().getName())
                .startsWith("lfpl-defaults:");
    }
}
