package vn.xaso.dossier;

import java.time.Instant;

/** Sent back to be done again: to the specialist, or by the unit it was transferred to, to the owning unit. */
public record DossierSentBack(String code, String unitCode, String reason, boolean toOwningUnit, Instant at)
        implements DossierEvent {

    @Override
    public String note() {
        return reason;
    }
}
