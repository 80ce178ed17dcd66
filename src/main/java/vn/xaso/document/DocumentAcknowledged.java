package vn.xaso.document;

import java.time.Instant;

/** Someone informed of the document read it. */
public record DocumentAcknowledged(long documentId, String unitCode, String reader, Instant at) implements DocumentEvent {
}
