package vn.xaso.reporting;

/**
 * One line of Biểu 06: what was received in the period (online, at the counter or by post, carried over from
 * before), what of it was resolved (early, on time, late; withdrawn ones leave without a result) and what is still
 * pending at the period's end (within time or overdue). {@code received.total = resolved.total + pending.total}.
 */
public record Figures(Received received, Resolved resolved, Pending pending) {

    public static final Figures ZERO = of(0, 0, 0, 0, 0, 0, 0, 0, 0);

    static Figures of(long online, long direct, long carriedOver, long early, long onTime, long late, long withdrawn,
            long withinTime, long overdue) {
        return new Figures(new Received(online + direct + carriedOver, online, direct, carriedOver),
                new Resolved(early + onTime + late + withdrawn, early, onTime, late, withdrawn),
                new Pending(withinTime + overdue, withinTime, overdue));
    }

    Figures plus(Figures o) {
        return of(received.online + o.received.online, received.direct + o.received.direct,
                received.carriedOver + o.received.carriedOver, resolved.early + o.resolved.early,
                resolved.onTime + o.resolved.onTime, resolved.late + o.resolved.late,
                resolved.withdrawn + o.resolved.withdrawn, pending.withinTime + o.pending.withinTime,
                pending.overdue + o.pending.overdue);
    }

    /** The same figures with pending as judged at the period's end. */
    Figures judged(long withinTime, long overdue) {
        return of(received.online, received.direct, received.carriedOver, resolved.early, resolved.onTime, resolved.late,
                resolved.withdrawn, withinTime, overdue);
    }

    /** Dossiers that count for timeliness: received, less those withdrawn. */
    long processed() {
        return received.total - resolved.withdrawn;
    }

    /** Resolved early or on time, and pending within time (766 indicator 2.1's numerator). */
    long inTime() {
        return resolved.early + resolved.onTime + pending.withinTime;
    }

    public record Received(long total, long online, long direct, long carriedOver) {
    }

    public record Resolved(long total, long early, long onTime, long late, long withdrawn) {
    }

    public record Pending(long total, long withinTime, long overdue) {
    }
}
