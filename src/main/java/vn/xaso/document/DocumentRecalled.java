package vn.xaso.document;

import java.time.Instant;

/** A document was recalled (or a delivered copy frozen because its sender recalled it). */
public record DocumentRecalled(long documentId, String unitCode, String reason, String by, Instant at)
        implements DocumentEvent {

    @Override
    public String note() {
        return reason;
    }
}
