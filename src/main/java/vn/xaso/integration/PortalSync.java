package vn.xaso.integration;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.DossierEvent;

/**
 * Queues for the national portal every change of a dossier, in the dossier's own transaction: the message exists
 * exactly when the change does, one per event (a status change, and as well what keeps the status: an apology's new
 * appointment, a payment, each processing step, the rating), never twice for the same event. Each carries the dossier
 * whole as it stood at that moment ({@link PortalDossier}).
 */
@Component
class PortalSync {

    private final DossierDesk desk;
    private final PortalDossier portalDossier;
    private final PortalMessages messages;
    private final JsonMapper json;
    private final Clock clock;

    PortalSync(DossierDesk desk, PortalDossier portalDossier, PortalMessages messages, JsonMapper json, Clock clock) {
        this.desk = desk;
        this.portalDossier = portalDossier;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(DossierEvent event) {
        // an event is its kind and its moment: the same event published again is the same message
        String key = event.getClass().getSimpleName() + "@" + event.at().toEpochMilli();
        desk.find(event.code()).ifPresent(dossier -> messages.enqueue(dossier.code(), key, dossier.status().portalCode(),
                json.writeValueAsString(portalDossier.body(dossier)), event.at()));
    }

    /** Queues the dossier as it stands now, whatever was sent before: the portal lost it. */
    @Transactional
    void sendAgain(String code) {
        Instant now = clock.instant();
        desk.find(code).ifPresent(dossier -> messages.enqueueAgain(code, dossier.status().portalCode(),
                json.writeValueAsString(portalDossier.body(dossier)), now));
    }
}
