package vn.xaso.document;

import java.time.Instant;

/** The leader urged the handlers on (đôn đốc): the main handler is told. */
public record DocumentReminded(long documentId, String unitCode, String mainHandler, String text, Instant at)
        implements DocumentEvent {

    @Override
    public String note() {
        return text;
    }
}
