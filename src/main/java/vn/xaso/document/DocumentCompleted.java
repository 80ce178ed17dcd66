package vn.xaso.document;

import java.time.Instant;

/** An incoming document was handled, answered by {@code replyDocumentId} if given. */
public record DocumentCompleted(long documentId, String unitCode, Long replyDocumentId, Instant at)
        implements DocumentEvent {

    @Override
    public String note() {
        return replyDocumentId == null ? null : "Văn bản trả lời #" + replyDocumentId;
    }
}
