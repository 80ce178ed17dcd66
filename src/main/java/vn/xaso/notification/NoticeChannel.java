package vn.xaso.notification;

/**
 * A way notices reach people — SMS, Zalo, e-mail — each through its gateway. {@link #send} throws the gateway's
 * {@code Link.Failure} when it did not take the notice (tried again later) and {@code Courier.GiveUp} when it never
 * will; the notification's id is the gateway's tracking id.
 */
interface NoticeChannel {

    Channel channel();

    /** Whether the gateway is set up; nothing is queued for a channel that is not. */
    boolean configured();

    /** Where the notices sent can be read, if anywhere (the demo's mail sink). */
    default java.util.Optional<String> viewUrl() {
        return java.util.Optional.empty();
    }

    void send(Notifications.Queued notification);

    /** The gateways' idempotency key: a notification sent twice is delivered once. */
    static String trackingId(Notifications.Queued notification) {
        return "xaso-" + notification.id();
    }
}
