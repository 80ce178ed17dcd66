package vn.xaso.dossier;

import java.time.Instant;

/** One action on a dossier: who, when, from which status to which, with what comment. */
public record HistoryEntry(Instant at, String actor, String action, DossierStatus fromStatus, DossierStatus toStatus,
        String comment) {
}
