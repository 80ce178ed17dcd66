package vn.xaso.calendar;

/** How a finish compares with its due time (Decision 766 indicator 2.1). */
public enum Timeliness {
    /** Finished before the due day. */
    EARLY,
    /** Finished on the due day, at or before the due time. */
    ON_TIME,
    /** Finished after the due time. */
    LATE
}
