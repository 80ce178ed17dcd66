package vn.xaso.document;

import java.time.Instant;

/** The leader sent the draft back to its drafter to revise. */
public record DraftSentBack(long documentId, String unitCode, String drafter, String reason, Instant at)
        implements DocumentEvent {

    @Override
    public String note() {
        return reason;
    }
}
