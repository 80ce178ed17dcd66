package vn.xaso.document;

/** Văn bản đến (received from another agency) or văn bản đi (issued by this unit). */
public enum Direction {
    INCOMING, OUTGOING
}
