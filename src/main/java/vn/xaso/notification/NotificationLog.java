package vn.xaso.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Forbidden;
import vn.xaso.api.NotFound;
import vn.xaso.audit.AuditEvent;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;
import vn.xaso.integration.Outbox;

/** What was sent to whom, what failed and what is still trying: per dossier, and for a unit's administrators. */
@Service
public class NotificationLog {

    /**
     * One notification as officials see it: the channel, the recipient, which notice ({@code template}), PENDING /
     * SENT / FAILED, how often tried, when sent, the last error.
     */
    public record Entry(long id, String dossierCode, String channel, String to, String template, String status, int attempts,
            Instant createdAt, Instant sentAt, String lastError, String text) {

        static Entry of(Notifications.Queued n) {
            return new Entry(n.id(), n.dossierCode(), n.channel().name(), n.recipient(), n.notice().name(), n.status(),
                    n.attempts(), n.createdAt(), n.sentAt(), n.lastError(), n.body());
        }
    }

    private static final int SCANNED = 1000;

    private final Notifications notifications;
    private final DossierDesk desk;
    private final UnitAccess access;
    private final ApplicationEventPublisher events;

    NotificationLog(Notifications notifications, DossierDesk desk, UnitAccess access, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.desk = desk;
        this.access = access;
        this.events = events;
    }

    /** A dossier's notifications, for whoever may see the dossier (404 otherwise). */
    @Transactional(readOnly = true)
    public List<Entry> ofDossier(XasoUser user, String code) {
        desk.get(user, code);
        return notifications.ofDossier(code).stream().map(Entry::of).toList();
    }

    /** The latest notifications of the units an administrator looks after, newest first; failed ones only if asked. */
    @Transactional(readOnly = true)
    public List<Entry> latest(XasoUser admin, boolean failedOnly, int limit) {
        requireAdministrator(admin);
        return notifications.latest(failedOnly, SCANNED).stream().filter(n -> access.canRead(admin, n.unitCode()))
                .limit(limit).map(Entry::of).toList();
    }

    /** Tries a failed (or waiting) notification again now. */
    @Transactional
    public void retry(XasoUser admin, long id) {
        requireAdministrator(admin);
        Notifications.Queued n = notifications.find(id).filter(q -> access.canRead(admin, q.unitCode()))
                .orElseThrow(() -> new NotFound("Notification", id));
        Outbox outbox = notifications.outbox(n.channel());
        if (!outbox.retry(id)) {
            throw new NotFound("Notification", id);
        }
        events.publishEvent(AuditEvent.of("notification.retry", n.unitCode(), "notification", Long.toString(id), null, null));
    }

    private static void requireAdministrator(XasoUser user) {
        if (!user.isAdministrator()) {
            throw new Forbidden("notification.admin-only");
        }
    }
}
