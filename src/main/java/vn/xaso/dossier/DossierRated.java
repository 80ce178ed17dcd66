package vn.xaso.dossier;

import java.time.Instant;

/** The applicant rated the handling of their dossier. */
public record DossierRated(String code, String unitCode, int score, String comment, Instant at) implements DossierEvent {

    @Override
    public String note() {
        return score + (comment == null ? "" : " — " + comment);
    }
}
