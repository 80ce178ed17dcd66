package vn.xaso.document;

/**
 * Implemented by the archive: whether a document lies in a work file already transferred to the agency archive.
 * Such a document is frozen; the documents module refuses to change it (409).
 */
public interface ArchivedDocuments {

    boolean isArchived(long documentId);
}
