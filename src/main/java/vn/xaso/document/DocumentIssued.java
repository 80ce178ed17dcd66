package vn.xaso.document;

/** An outgoing document was numbered, sealed and sent. */
public record DocumentIssued(long documentId, String unitCode, String reference) {
}
