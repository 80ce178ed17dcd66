package vn.xaso.dossier;

import java.time.Instant;

/** A dossier was received: its clock runs from {@code receivedAt} and the result is due at {@code dueAt}. */
public record DossierReceived(String code, String unitCode, String procedureCode, Instant receivedAt, Instant dueAt) {
}
