package vn.xaso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The applicant was asked to supplement: what is missing and why, and by when if the officer set a day
 * ({@code until}). {@code clockStopped} after receipt (before it no clock runs); {@code count} the requests after
 * receipt so far; {@code late} once "once only" is broken.
 */
public record SupplementRequested(String code, String unitCode, String reason, List<String> missing, int count,
        boolean clockStopped, boolean late, Instant at, LocalDate until) implements DossierEvent {

    public SupplementRequested {
        missing = List.copyOf(missing);
    }

    public SupplementRequested(String code, String unitCode, String reason, List<String> missing, int count,
            boolean clockStopped, boolean late, Instant at) {
        this(code, unitCode, reason, missing, count, clockStopped, late, at, null);
    }

    @Override
    public List<String> items() {
        return missing;
    }

    @Override
    public String note() {
        return reason + " — " + String.join("; ", missing)
                + (until == null ? "" : " — hạn bổ sung " + until.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
}
