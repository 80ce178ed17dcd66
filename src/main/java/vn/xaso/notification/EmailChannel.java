package vn.xaso.notification;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.xaso.integration.MailRelay;

/** Notices by e-mail, through the province's mail relay. */
@Component
@Order(3)
class EmailChannel implements NoticeChannel {

    private final MailRelay relay;

    EmailChannel(MailRelay relay) {
        this.relay = relay;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean configured() {
        return relay.configured();
    }

    @Override
    public java.util.Optional<String> viewUrl() {
        return relay.viewUrl();
    }

    @Override
    public void send(Notifications.Queued n) {
        relay.send(n.recipient(), n.subject(), n.body(), NoticeChannel.trackingId(n));
    }
}
