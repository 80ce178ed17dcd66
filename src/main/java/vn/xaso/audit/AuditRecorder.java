package vn.xaso.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes every published {@link AuditEvent} to the trail, after the publishing transaction commits (retried if it fails). */
@Component
class AuditRecorder {

    private final AuditTrail trail;

    AuditRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @ApplicationModuleListener
    void on(AuditEvent event) {
        trail.append(event);
    }
}
