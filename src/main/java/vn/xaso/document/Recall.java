package vn.xaso.document;

import java.time.Instant;

/** When and why a document was recalled (thu hồi); both null while it stands. */
public record Recall(Instant at, String reason) {

    static final Recall NONE = new Recall(null, null);
}
