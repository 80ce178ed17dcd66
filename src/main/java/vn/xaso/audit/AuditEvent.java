package vn.xaso.audit;

import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Something that happened and must be on the record: who did what to which subject, in which
 * unit, with the subject's state before and after (any JSON-serialisable values, or null).
 */
public record AuditEvent(Instant at, String actor, String unitCode, String action,
        String subjectType, String subjectId, Object before, Object after) {

    public static final String SYSTEM = "system";

    /** An event by the user of the current request (or {@value #SYSTEM}), happening now. */
    public static AuditEvent of(String action, String unitCode, String subjectType, String subjectId,
            Object before, Object after) {
        return new AuditEvent(Instant.now(), currentActor(), unitCode, action, subjectType, subjectId, before, after);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
