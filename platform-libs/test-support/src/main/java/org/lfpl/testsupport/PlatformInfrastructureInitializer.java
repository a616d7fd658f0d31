package org.lfpl.testsupport;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at the shared test infrastructure and the test token issuer. Each
 * context gets a database of its own, so cached contexts never see each other's data.
 */
public class PlatformInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PlatformInfrastructure.Provider infrastructure = PlatformInfrastructure.get();
        TestTokens tokens = TestTokens.issuer();
        String database = "test_" + UUID.randomUUID().toString().substring(0, 8);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("lfpl-test-infrastructure", Map.of(
                "spring.mongodb.uri", infrastructure.mongoUri(),
                "spring.mongodb.database", database,
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "spring.kafka.consumer.auto-offset-reset", "earliest",
                "lfpl.security.issuer-uri", tokens.issuerUri(),
                "lfpl.security.jwk-set-uri", tokens.jwkSetUri(),
                // A random management port, so tests run beside a platform started by ./lfpl up.
                "management.server.port", "0")));
    }
}
