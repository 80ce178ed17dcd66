package vn.xaso.integration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.NotFound;
import vn.xaso.audit.AuditEvent;

/**
 * The messages to the national portal and over the document exchange that did not go, for an administrator to try
 * again now or to park.
 */
@Service
public class Outboxes {

    /**
     * A message tried and not delivered yet (or parked), on link {@code dvcqg} or {@code exchange}: what it is
     * ({@code kind} PORTAL_STATUS, DOCUMENT, STATUS, REFUSAL with its {@code code}), about which dossier or document,
     * to whom, how often tried, the last error.
     */
    public record Stuck(String link, long id, String kind, String code, String dossierCode, Long documentId, String toOrgans,
            Instant createdAt, int attempts, Instant nextAttemptAt, String lastError, boolean parked) {

        /** The last error in words for people, {@link #lastError} being its technical text. */
        public LinkError lastErrorKind() {
            return LinkError.of(lastError);
        }
    }

    private final Outbox portal;
    private final Outbox exchange;
    private final ApplicationEventPublisher events;

    Outboxes(PortalMessages portal, ExchangeMessages exchange, ApplicationEventPublisher events) {
        this.portal = portal.outbox();
        this.exchange = exchange.outbox();
        this.events = events;
    }

    /** The oldest stuck messages of both links. */
    @Transactional(readOnly = true)
    public List<Stuck> stuck(int limit) {
        List<Stuck> stuck = new ArrayList<>(portal.stuck(limit, (rs, n) -> new Stuck(PortalSender.LINK, rs.getLong("id"),
                "PORTAL_STATUS", rs.getString("portal_status"), rs.getString("dossier_code"), null, null,
                rs.getTimestamp("created_at").toInstant(), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getString("last_error"), rs.getTimestamp("parked_at") != null)));
        stuck.addAll(exchange.stuck(limit, (rs, n) -> new Stuck(ExchangePlatform.LINK, rs.getLong("id"), rs.getString("kind"),
                rs.getString("status_code"), null, (Long) rs.getObject("document_id"), rs.getString("to_organs"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getString("last_error"), rs.getTimestamp("parked_at") != null)));
        return stuck.stream().sorted(Comparator.comparing(Stuck::createdAt)).limit(limit).toList();
    }

    /** Tries the message again at the next delivery (a parked one too). */
    @Transactional
    public void retry(String link, long id) {
        if (!outbox(link).retry(id)) {
            throw new NotFound("Message", id);
        }
        events.publishEvent(AuditEvent.of("integration." + link + ".retry", null, link + "-message", Long.toString(id), null, null));
    }

    /** Puts the message aside so that the later messages of its dossier or document go without it. */
    @Transactional
    public void park(String link, long id) {
        if (!outbox(link).park(id)) {
            throw new NotFound("Message", id);
        }
        events.publishEvent(AuditEvent.of("integration." + link + ".park", null, link + "-message", Long.toString(id), null, null));
    }

    private Outbox outbox(String link) {
        return switch (link) {
            case PortalSender.LINK -> portal;
            case ExchangePlatform.LINK -> exchange;
            default -> throw new NotFound("Link", link);
        };
    }
}
