package vn.xaso.dossier;

import java.time.Instant;

/** An online dossier arrived and waits for the counter. */
public record DossierSubmitted(String code, String unitCode, String procedureCode, Instant submittedAt) {
}
