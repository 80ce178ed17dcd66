package vn.xaso.notification;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.xaso.integration.Courier;
import vn.xaso.integration.Links;
import vn.xaso.integration.MailRelay;
import vn.xaso.integration.SmsGateway;
import vn.xaso.integration.ZaloGateway;

/**
 * Delivers the notifications every five seconds, each channel through its own link ({@code sms}, {@code zalo},
 * {@code email} on the administrators' page): in order per recipient, a failure tried again after a growing pause
 * and put aside as failed after the last attempt ({@code xaso.notification.attempts}, 12 by default: about 25 minutes
 * of trying). The notification's id is the gateways' tracking id. A phone without Zalo gets the notice by SMS.
 */
@Component
class NotificationSender {

    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    private final Map<Channel, Courier<Notifications.Queued>> couriers = new EnumMap<>(Channel.class);
    private final Notifications notifications;
    private final SmsGateway sms;
    private final ZaloGateway zalo;
    private final MailRelay mail;
    private final JsonMapper json;
    private final Clock clock;

    NotificationSender(Notifications notifications, Links links, SmsGateway sms, ZaloGateway zalo, MailRelay mail,
            JsonMapper json, Clock clock, @Value("${xaso.notification.attempts:12}") int attempts) {
        this.notifications = notifications;
        this.sms = sms;
        this.zalo = zalo;
        this.mail = mail;
        this.json = json;
        this.clock = clock;
        for (Channel channel : new Channel[] {Channel.SMS, Channel.ZALO, Channel.EMAIL}) {
            var outbox = notifications.outbox(channel);
            couriers.put(channel, new Courier<>(outbox, Notifications.Queued::row,
                    links.addForOutbox(channel.name().toLowerCase(java.util.Locale.ROOT), outbox), 4, attempts));
        }
    }

    /** Sends what is due on every configured channel; returns how many notifications the gateways took. */
    @Scheduled(initialDelayString = "${xaso.notification.send-every:PT5S}", fixedDelayString = "${xaso.notification.send-every:PT5S}")
    public int deliver() {
        int sent = 0;
        if (sms.configured()) {
            sent += couriers.get(Channel.SMS).deliver(n -> sms.send(n.recipient(), n.body(), trackingId(n)));
        }
        if (zalo.configured()) {
            sent += couriers.get(Channel.ZALO).deliver(this::sendByZalo);
        }
        if (mail.configured()) {
            sent += couriers.get(Channel.EMAIL).deliver(n -> mail.send(n.recipient(), n.subject(), n.body(), trackingId(n)));
        }
        return sent;
    }

    private void sendByZalo(Notifications.Queued n) {
        try {
            zalo.send(n.recipient(), "xaso-" + n.notice().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    json.readValue(n.templateData() == null ? "{}" : n.templateData(), DATA), trackingId(n));
        } catch (ZaloGateway.NotOnZalo e) {
            notifications.fallBackToSms(n, clock.instant());
            throw new Courier.GiveUp("Số điện thoại không dùng Zalo: đã gửi bằng SMS");
        }
    }

    /** The gateways' idempotency key: a notification sent twice is delivered once. */
    private static String trackingId(Notifications.Queued n) {
        return "xaso-" + n.id();
    }

    @PreDestroy
    void stop() {
        couriers.values().forEach(Courier::close);
    }
}
