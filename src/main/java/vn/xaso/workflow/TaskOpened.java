package vn.xaso.workflow;

import java.time.Instant;
import vn.xaso.organization.Role;

/**
 * A task was opened: for {@code assignee}, or when none, for whoever holds {@code role} in {@code unitCode}; about
 * {@code kind}/{@code ref} (a dossier, a document), due at {@code dueAt}.
 */
public record TaskOpened(long taskId, String kind, String ref, String title, String stepName, Role role, String unitCode,
        String assignee, Instant dueAt, Instant at) {
}
