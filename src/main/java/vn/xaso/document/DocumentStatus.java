package vn.xaso.document;

/** Where a document is in its life: incoming ones are registered, assigned, completed; outgoing ones drafted to issued. */
public enum DocumentStatus {
    /** Incoming: registered by the clerk, waiting for the leader to assign it. */
    REGISTERED,
    /** Incoming: a main handler is working on it. */
    ASSIGNED,
    /** Incoming: handled. */
    COMPLETED,
    /** Outgoing: being drafted (versions, colleagues' opinions). */
    DRAFT,
    /** Outgoing: submitted to a leader for signature. */
    SUBMITTED,
    /** Outgoing: signed by the leader, waiting for the clerk to number and issue it. */
    SIGNED,
    /** Outgoing: numbered, sealed, registered and sent. */
    ISSUED,
    /** Recalled: frozen, kept for the record. */
    RECALLED
}
