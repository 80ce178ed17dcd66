package vn.xaso.dossier;

import java.time.Instant;

/**
 * Receipt: when the clock started, the dossier's line in the unit's Sổ theo dõi hồ sơ and when it was handed on;
 * all null while the dossier is not received.
 */
public record Receipt(Instant receivedAt, RegisterLine line, Instant handedOverAt) {

    static final Receipt NONE = new Receipt(null, null, null);

    boolean received() {
        return receivedAt != null;
    }

    /** The dossier's line in the book: the book (the year of receipt) and its running number. */
    public record RegisterLine(int book, int line) {
    }
}
