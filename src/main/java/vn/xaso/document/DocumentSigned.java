package vn.xaso.document;

import java.time.Instant;
import java.util.UUID;

/** The leader signed the draft; the signed copy waits for the clerk. */
public record DocumentSigned(long documentId, String unitCode, String signer, UUID fileId, Instant at)
        implements DocumentEvent {
}
