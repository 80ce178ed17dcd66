package vn.xaso.dossier;

import java.time.Instant;
import java.util.List;

/** The applicant supplemented: the dossier goes back to {@code resumedTo}, the clock (if it ran) to {@code dueAt}. */
public record DossierSupplemented(String code, String unitCode, List<String> provided, DossierStatus resumedTo,
        Instant dueAt, Instant at) implements DossierEvent {

    public DossierSupplemented {
        provided = provided == null ? null : List.copyOf(provided);
    }

    @Override
    public String note() {
        return provided == null ? null : String.join("; ", provided);
    }
}
