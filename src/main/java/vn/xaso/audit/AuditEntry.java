package vn.xaso.audit;

import java.time.Instant;

/** One link of the audit chain, as stored. */
public record AuditEntry(long id, Instant at, String actor, String unitCode, String action,
        String subjectType, String subjectId, String before, String after, String prevHash, String hash) {
}
