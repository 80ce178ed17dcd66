package vn.xaso.document;

import java.time.Instant;

/** A coordinator, a colleague asked or the main handler gave an opinion. */
public record OpinionGiven(long documentId, String unitCode, String author, String text, Instant at)
        implements DocumentEvent {

    @Override
    public String note() {
        return text;
    }
}
