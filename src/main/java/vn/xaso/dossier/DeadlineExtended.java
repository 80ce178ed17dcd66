package vn.xaso.dossier;

import java.time.Instant;

/** Apology and new appointment (Mẫu 04): the applicant is promised {@code newDueAt}; timeliness keeps the legal due. */
public record DeadlineExtended(String code, String unitCode, Instant newDueAt, String reason, Instant at)
        implements DossierEvent {

    @Override
    public String note() {
        return reason;
    }
}
