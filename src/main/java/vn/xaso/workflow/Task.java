package vn.xaso.workflow;

import java.time.Instant;
import vn.xaso.organization.Role;

/** Work waiting for someone: for one person ({@code assignee}) or for anyone with the role in the unit. */
public record Task(long id, long instanceId, String kind, String ref, String title, Integer stepOrdinal, String stepKey,
        StepKind stepKind, String stepName, Role role, String unitCode, String assignee, String guidance,
        Instant createdAt, Instant dueAt, Instant completedAt, String completedBy, String outcome) {

    public boolean isOpen() {
        return completedAt == null;
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && dueAt != null && dueAt.isBefore(now);
    }
}
