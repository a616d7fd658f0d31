package org.lfpl.notification.email;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Plain-text email templates ({@code templates/mail/*.txt}) next to Spring Boot's HTML ones. */
@Configuration(proxyBeanMethods = false)
class MailTemplates {

    @Bean
    ClassLoaderTemplateResolver textTemplates() {
        ClassLoaderTemplateResolver text = new ClassLoaderTemplateResolver();
        text.setPrefix("templates/");
        text.setTemplateMode(TemplateMode.TEXT);
        text.setCharacterEncoding("UTF-8");
        text.setResolvablePatterns(java.util.Set.of("*.txt"));
        text.setOrder(1);
        text.setCacheable(true);
        return text;
    }
}
