package vn.xaso.simulator;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The demo's mail relay: a real SMTP server (GreenMail) on 127.0.0.1 that keeps every message it takes, so that the
 * demo's e-mails are really sent and can be read ({@code /__mail} on the simulator). Any recipient is accepted.
 */
final class MailSink {

    /** A message as the sink took it. */
    record Mail(String from, String to, String subject, String body, String trackingId, Instant at) {
    }

    private final GreenMail server;

    MailSink(int port) {
        ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(port == 0 ? smtp.dynamicPort() : smtp);
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop();
    }

    int port() {
        return server.getSmtp().getPort();
    }

    /** The messages to {@code to} (everyone's when blank), newest first, at most {@code limit}. */
    List<Mail> received(String to, int limit) {
        String wanted = to == null ? "" : to.strip().toLowerCase(Locale.ROOT);
        List<Mail> mails = new ArrayList<>(Arrays.stream(server.getReceivedMessages()).map(MailSink::mail) // as they came
                .filter(mail -> wanted.isEmpty() || mail.to().toLowerCase(Locale.ROOT).contains(wanted)).toList());
        Collections.reverse(mails);
        return mails.subList(0, Math.min(limit, mails.size()));
    }

    private static Mail mail(MimeMessage message) {
        try {
            String[] tracking = message.getHeader("X-Xaso-Tracking-Id");
            Instant at = message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant();
            return new Mail(addresses(message.getFrom()), addresses(message.getAllRecipients()), message.getSubject(),
                    message.getContent() instanceof String text ? text : GreenMailUtil.getBody(message),
                    tracking == null ? null : tracking[0], at);
        } catch (MessagingException | java.io.IOException e) {
            return new Mail("", "", "(không đọc được thư: " + e.getMessage() + ")", "", null, Instant.EPOCH);
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }
}
