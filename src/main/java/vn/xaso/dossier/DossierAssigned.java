package vn.xaso.dossier;

import java.time.Instant;

/** The leader gave the dossier to a specialist. */
public record DossierAssigned(String code, String unitCode, String assignee, Instant at) implements DossierEvent {

    @Override
    public String note() {
        return assignee;
    }
}
