package vn.xaso.dossier;

import java.time.Duration;
import java.time.Instant;
import vn.xaso.api.InvalidInput;

/**
 * Apology and new appointment (NĐ 118/2025, Mẫu 04): once per dossier (the action is not offered again), to a time
 * later than both now and the current appointment, and within a year.
 */
final class ExtensionPolicy {

    static final int MAX_DAYS = 365;

    private ExtensionPolicy() {
    }

    static void check(Appointment appointment, Instant newDue, Instant now) {
        if (newDue == null) {
            throw new InvalidInput("newDueAt", "dossier.extend.due-required");
        }
        if (!newDue.isAfter(now) || (appointment.dueAt() != null && !newDue.isAfter(appointment.dueAt()))) {
            throw new InvalidInput("newDueAt", "dossier.extend.not-later");
        }
        if (newDue.isAfter(now.plus(Duration.ofDays(MAX_DAYS)))) {
            throw new InvalidInput("newDueAt", "dossier.extend.too-far", String.valueOf(MAX_DAYS));
        }
    }
}
