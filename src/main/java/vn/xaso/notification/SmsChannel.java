package vn.xaso.notification;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.xaso.integration.SmsGateway;

/** Notices by SMS, through the province's SMS gateway. */
@Component
@Order(2)
class SmsChannel implements NoticeChannel {

    private final SmsGateway gateway;

    SmsChannel(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean configured() {
        return gateway.configured();
    }

    @Override
    public void send(Notifications.Queued n) {
        gateway.send(n.recipient(), n.body(), NoticeChannel.trackingId(n));
    }
}
