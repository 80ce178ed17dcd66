package vn.xaso.notification;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.xaso.integration.Courier;
import vn.xaso.integration.SmsGateway;
import vn.xaso.integration.ZaloGateway;

/**
 * Notices by Zalo (ZNS), the template {@code xaso-<notice>} filled with the notice's values; a phone without Zalo
 * gets the notice by SMS instead. Every notice xaso sends is about the citizen's own dossier (a transaction message
 * in ZNS's terms), which Zalo delivers at any hour.
 */
@Component
@Order(1)
class ZaloChannel implements NoticeChannel {

    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    private final ZaloGateway gateway;
    private final SmsGateway sms;
    private final Notifications notifications;
    private final JsonMapper json;
    private final Clock clock;

    ZaloChannel(ZaloGateway gateway, SmsGateway sms, Notifications notifications, JsonMapper json, Clock clock) {
        this.gateway = gateway;
        this.sms = sms;
        this.notifications = notifications;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.ZALO;
    }

    @Override
    public boolean configured() {
        return gateway.configured();
    }

    @Override
    public void send(Notifications.Queued n) {
        try {
            gateway.send(n.recipient(), "xaso-" + n.notice().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    json.readValue(n.templateData() == null ? "{}" : n.templateData(), DATA), NoticeChannel.trackingId(n));
        } catch (ZaloGateway.NotOnZalo e) {
            if (!sms.configured()) {
                throw new Courier.GiveUp("Số điện thoại không dùng Zalo, và chưa cấu hình cổng SMS");
            }
            notifications.fallBackToSms(n, clock.instant());
            throw new Courier.GiveUp("Số điện thoại không dùng Zalo: đã gửi bằng SMS");
        }
    }
}
