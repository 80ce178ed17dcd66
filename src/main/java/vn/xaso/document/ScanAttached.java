package vn.xaso.document;

import java.time.Instant;
import java.util.UUID;

/** A scan of an incoming paper document was attached. */
public record ScanAttached(long documentId, String unitCode, UUID fileId, String name, Instant at)
        implements DocumentEvent {

    @Override
    public String note() {
        return name;
    }
}
