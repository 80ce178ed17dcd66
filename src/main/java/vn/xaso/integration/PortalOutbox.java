package vn.xaso.integration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.NotFound;
import vn.xaso.audit.AuditEvent;

/** The messages to the national portal that did not go, for an administrator to try again now or to park. */
@Service
public class PortalOutbox {

    /** A message tried and not delivered yet (or parked): which dossier, which status, how often tried, the last error. */
    public record Stuck(long id, String dossierCode, int portalStatus, Instant createdAt, int attempts, Instant nextAttemptAt,
            String lastError) {
    }

    private final PortalMessages messages;
    private final ApplicationEventPublisher events;

    PortalOutbox(PortalMessages messages, ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Stuck> stuck(int limit) {
        return messages.stuck(limit).stream().map(w -> new Stuck(w.id(), w.dossierCode(), w.portalStatus(), w.createdAt(),
                w.attempts(), w.nextAttemptAt(), w.lastError())).toList();
    }

    /** Tries the message again at the next delivery (a parked one too). */
    @Transactional
    public void retry(long id) {
        if (!messages.retry(id)) {
            throw new NotFound("Message", id);
        }
        events.publishEvent(AuditEvent.of("integration.dvcqg.retry", null, "portal-message", Long.toString(id), null, null));
    }

    /** Puts the message aside so that the dossier's later messages go without it. */
    @Transactional
    public void park(long id) {
        if (!messages.park(id)) {
            throw new NotFound("Message", id);
        }
        events.publishEvent(AuditEvent.of("integration.dvcqg.park", null, "portal-message", Long.toString(id), null, null));
    }
}
