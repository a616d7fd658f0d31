package org.lfpl.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.lfpl.notification.audience.Recipient;
import org.lfpl.notification.preferences.UnsubscribeTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes an email from the templates {@code templates/mail/notification.html} and {@code .txt} (or
 * {@code digest.*}) in the member's language ({@code mail/messages*.properties}), with a one-click
 * List-Unsubscribe for its category and, for a dialogue placed or moved, an iCalendar attachment.
 */
@Component
class MailComposer {

    private final JavaMailSender mail;
    private final TemplateEngine templates;
    private final UnsubscribeTokens unsubscribe;
    private final String from;
    private final String portal;

    MailComposer(JavaMailSender mail, TemplateEngine templates, UnsubscribeTokens unsubscribe,
            @Value("${lfpl.notifications.email.from:LfPL Network <no-reply@lfpl.network>}") String from,
            @Value("${lfpl.portal.base-url:http://localhost:8080}") String portal) {
        this.mail = mail;
        this.templates = templates;
        this.unsubscribe = unsubscribe;
        this.from = from;
        this.portal = portal;
    }

    MimeMessage compose(Email email, Recipient recipient) throws MessagingException {
        Locale locale = recipient.language() == null ? Locale.ENGLISH : Locale.forLanguageTag(recipient.language());
        Context context = new Context(locale);
        context.setVariable("name", recipient.displayName());
        context.setVariable("email", email);
        context.setVariable("portal", portal);
        context.setVariable("preferencesUrl", portal + "/settings/notifications");
        String template = email.items().isEmpty() ? "mail/notification" : "mail/digest";
        String text = templates.process(template + ".txt", context);
        String html = templates.process(template, context);

        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(recipient.email());
        helper.setSubject(email.subject());
        helper.setText(text, html);
        String token = unsubscribe.tokenFor(recipient.memberId(), email.category());
        message.setHeader("List-Unsubscribe", "<" + portal + "/api/v1/notifications/unsubscribe/" + token + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        if (email.calendar() != null) {
            helper.addAttachment("dialogue.ics", new ByteArrayResource(email.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        return message;
    }

    void send(MimeMessage message) {
        mail.send(message);
    }
}
