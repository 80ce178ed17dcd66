package vn.xaso.document;

import java.time.Instant;

/** An outgoing draft was started. */
public record DocumentDrafted(long documentId, String unitCode, String typeName, String drafter, Instant at)
        implements DocumentEvent {

    @Override
    public String note() {
        return typeName;
    }
}
