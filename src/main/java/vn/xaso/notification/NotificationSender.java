package vn.xaso.notification;

import jakarta.annotation.PreDestroy;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.xaso.integration.Courier;
import vn.xaso.integration.Links;

/**
 * Delivers the notifications every five seconds, each channel through its own link ({@code sms}, {@code zalo},
 * {@code email} on the administrators' page): in order per recipient, a failure tried again after a growing pause
 * and put aside as failed after the last attempt ({@code xaso.notification.attempts}, 12 by default: about 25 minutes
 * of trying).
 */
@Component
class NotificationSender {

    private final List<NoticeChannel> channels;
    private final Map<Channel, Courier<Notifications.Queued>> couriers = new EnumMap<>(Channel.class);

    NotificationSender(List<NoticeChannel> channels, Notifications notifications, Links links,
            @Value("${xaso.notification.attempts:12}") int attempts) {
        this.channels = channels;
        for (NoticeChannel channel : channels) {
            var outbox = notifications.outbox(channel.channel());
            couriers.put(channel.channel(), new Courier<>(outbox, Notifications.Queued::row,
                    links.addForOutbox(channel.channel().name().toLowerCase(Locale.ROOT), outbox)
                            .configuredWhen(channel::configured).viewAt(channel::viewUrl), 4, attempts));
        }
    }

    /** Sends what is due on every configured channel; returns how many notifications the gateways took. */
    @Scheduled(initialDelayString = "${xaso.notification.send-every:PT5S}", fixedDelayString = "${xaso.notification.send-every:PT5S}")
    @SchedulerLock(name = "notification.sender", lockAtMostFor = "PT2M")
    public int deliver() {
        int sent = 0;
        for (NoticeChannel channel : channels) {
            if (channel.configured()) {
                sent += couriers.get(channel.channel()).deliver(channel::send);
            }
        }
        return sent;
    }

    @PreDestroy
    void stop() {
        couriers.values().forEach(Courier::close);
    }
}
