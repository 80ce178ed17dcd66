package vn.xaso.document;

import java.time.Instant;

/** The leader urged the handlers on (đôn đốc). */
public record DocumentReminded(long documentId, String unitCode, String text, Instant at) implements DocumentEvent {

    @Override
    public String note() {
        return text;
    }
}
