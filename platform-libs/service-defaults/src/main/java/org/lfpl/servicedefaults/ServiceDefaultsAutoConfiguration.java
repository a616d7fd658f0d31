package org.lfpl.servicedefaults;

import org.lfpl.servicedefaults.openapi.OpenApiConfiguration;
import org.lfpl.servicedefaults.problem.ProblemDetailsAdvice;
import org.lfpl.servicedefaults.security.ResourceServerConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** Switched on by having the library on the classpath; each piece can be replaced by a bean of one's own. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ResourceServerConfiguration.class, ProblemDetailsAdvice.class, OpenApiConfiguration.class})
public class ServiceDefaultsAutoConfiguration {}
