package vn.xaso.workflow;

/** What a step is for, so that one action (e.g. "approve") means the same in every unit's own step list. */
public enum StepKind {
    /** The counter checks and receives the dossier. */
    RECEIVE,
    /** A leader assigns the handler. */
    ASSIGN,
    /** The handler examines and proposes a result. */
    PROCESS,
    /** A leader reviews or approves (there may be several, e.g. deputy then head). */
    APPROVE,
    /** The counter returns the result. */
    RETURN,
    /** Work handed to another unit (inter-agency). */
    TRANSFER,
    /** Any other task, e.g. giving an opinion on a document. */
    HANDLE
}
