package vn.xaso.document;

import java.time.Instant;

/**
 * Something that happened to a document, with structured fields: the history, the audit trail, the inbox and other
 * modules read the fields. {@link #note()} is the line shown in the document's history.
 */
public sealed interface DocumentEvent permits DocumentRegistered, DocumentDrafted, DocumentAssigned, OpinionsRequested,
        OpinionGiven, DocumentAcknowledged, DocumentReminded, DocumentCompleted, DraftUploaded, ScanAttached,
        DraftSubmitted, DraftSentBack, DocumentSigned, DocumentIssued, DocumentRecalled {

    long documentId();

    String unitCode();

    Instant at();

    /** The history line's note. */
    default String note() {
        return null;
    }
}
