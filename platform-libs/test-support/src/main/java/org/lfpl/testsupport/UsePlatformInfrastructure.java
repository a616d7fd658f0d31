package org.lfpl.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Put next to {@code @SpringBootTest}: the context runs against real MongoDB and Kafka protocol
 * servers (see {@link PlatformInfrastructure}) and accepts tokens from {@link TestTokens}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ContextConfiguration(initializers = PlatformInfrastructureInitializer.class)
public @interface UsePlatformInfrastructure {}
