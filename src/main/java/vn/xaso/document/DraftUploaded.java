package vn.xaso.document;

import java.time.Instant;
import java.util.UUID;

/** A new version of an outgoing draft. */
public record DraftUploaded(long documentId, String unitCode, UUID fileId, int draftVersion, Instant at)
        implements DocumentEvent {

    @Override
    public String note() {
        return "Phiên bản " + draftVersion;
    }
}
