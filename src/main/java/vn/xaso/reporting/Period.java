package vn.xaso.reporting;

import java.time.Instant;
import java.time.LocalDate;
import vn.xaso.api.InvalidInput;
import vn.xaso.organization.Organization;

/**
 * A reporting period, whole days in Vietnam time: from {@code from} 00:00 to the end of {@code to}. Open dossiers are
 * judged at its end, or now if that is earlier.
 */
record Period(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 3_660;

    Period {
        if (from == null) {
            throw new InvalidInput("from", "input.required", "from");
        }
        if (to == null) {
            throw new InvalidInput("to", "input.required", "to");
        }
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInput("to", "report.period.range", String.valueOf(MAX_DAYS));
        }
    }

    Instant start() {
        return from.atStartOfDay(Organization.ZONE).toInstant();
    }

    /** The first instant after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(Organization.ZONE).toInstant();
    }

    /** When open dossiers are judged: the period's end, or now if it has not ended. */
    Instant judgedAt(Instant now) {
        return end().isAfter(now) ? now : end();
    }
}
