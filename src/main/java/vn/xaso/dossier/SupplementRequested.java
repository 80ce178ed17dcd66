package vn.xaso.dossier;

import java.time.Instant;
import java.util.List;

/**
 * The applicant was asked to supplement: what is missing and why. {@code clockStopped} after receipt (before it no
 * clock runs); {@code count} the requests after receipt so far; {@code late} once "once only" is broken.
 */
public record SupplementRequested(String code, String unitCode, String reason, List<String> missing, int count,
        boolean clockStopped, boolean late, Instant at) implements DossierEvent {

    public SupplementRequested {
        missing = List.copyOf(missing);
    }

    @Override
    public List<String> items() {
        return missing;
    }

    @Override
    public String note() {
        return reason + " — " + String.join("; ", missing);
    }
}
