package vn.xaso.dossier;

import java.time.Instant;
import java.util.List;

/**
 * One action on a dossier: who, when, from which status to which, the line shown in the history ({@code comment}),
 * and apart from it the reason given and the items listed (what a supplement request asks for), so that papers
 * print them as they were written.
 */
public record HistoryEntry(Instant at, String actor, String action, DossierStatus fromStatus, DossierStatus toStatus,
        String comment, String reason, List<String> items) {

    public HistoryEntry {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
