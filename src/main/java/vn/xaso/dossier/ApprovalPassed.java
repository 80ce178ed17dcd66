package vn.xaso.dossier;

import java.time.Instant;

/** One level of approval agreed; the next level decides. */
public record ApprovalPassed(String code, String unitCode, String comment, Instant at) implements DossierEvent {

    @Override
    public String note() {
        return comment;
    }
}
