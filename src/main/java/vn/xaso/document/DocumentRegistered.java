package vn.xaso.document;

import java.time.Instant;

/** An incoming document was registered with its arrival number; delivered on the platform, from {@code sourceDocumentId}. */
public record DocumentRegistered(long documentId, String unitCode, int arrivalNumber, Long sourceDocumentId, Instant at)
        implements DocumentEvent {

    @Override
    public String note() {
        return "Số đến " + arrivalNumber;
    }
}
