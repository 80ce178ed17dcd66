package vn.xaso.integration;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The province's mail relay over SMTP ({@code spring.mail.host}, {@code spring.mail.port}, the password from the
 * environment), sending as {@code xaso.notification.mail.from}. Each message carries its tracking id
 * ({@code X-Xaso-Tracking-Id}), so that a resend can be told.
 */
@Component
public class MailRelay {

    private final ObjectProvider<JavaMailSender> sender;
    private final Environment environment;

    MailRelay(ObjectProvider<JavaMailSender> sender, Environment environment) {
        this.sender = sender;
        this.environment = environment;
    }

    public boolean configured() {
        return sender.getIfAvailable() != null && Urls.of(environment, "spring.mail.host").isPresent();
    }

    /** Where the e-mails sent can be read, if such a view exists (the demo's mail sink: {@code xaso.notification.mail.view-url}). */
    public java.util.Optional<String> viewUrl() {
        return Urls.of(environment, "xaso.notification.mail.view-url");
    }

    public void send(String to, String subject, String text, String trackingId) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new Link.Failure("no mail relay configured");
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(environment.getProperty("xaso.notification.mail.from", "xaso@localhost"));
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text);
            message.setHeader("X-Xaso-Tracking-Id", trackingId);
            mail.send(message);
        } catch (MessagingException e) {
            throw new Courier.GiveUp("the message cannot be made: " + e.getMessage());
        } catch (MailException e) {
            throw new Link.Failure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
