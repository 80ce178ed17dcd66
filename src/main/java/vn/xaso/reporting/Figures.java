package vn.xaso.reporting;

/**
 * One line of Biểu 06 as the official layout has it (TT 01/2018/TT-VPCP, Biểu số 06): what was received in the period
 * (online, at the counter or by post, carried over from before), what of it was resolved (early, on time, late) and
 * what is still pending at the period's end (within time or overdue); {@code received.total = resolved.total +
 * pending.total}. A dossier the applicant withdrew during the period is neither resolved nor pending: it is left out
 * of the three blocks and counted beside them ({@code withdrawn}), so that every printed total is the sum of its cells.
 */
public record Figures(Received received, Resolved resolved, Pending pending, long withdrawn) {

    public static final Figures ZERO = of(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** From counts that leave out the dossiers withdrawn during the period ({@code withdrawn}, counted apart). */
    static Figures of(long online, long direct, long carriedOver, long early, long onTime, long late, long withdrawn,
            long withinTime, long overdue) {
        return new Figures(new Received(online + direct + carriedOver, online, direct, carriedOver),
                new Resolved(early + onTime + late, early, onTime, late), new Pending(withinTime + overdue, withinTime, overdue),
                withdrawn);
    }

    Figures plus(Figures o) {
        return of(received.online + o.received.online, received.direct + o.received.direct,
                received.carriedOver + o.received.carriedOver, resolved.early + o.resolved.early,
                resolved.onTime + o.resolved.onTime, resolved.late + o.resolved.late, withdrawn + o.withdrawn,
                pending.withinTime + o.pending.withinTime, pending.overdue + o.pending.overdue);
    }

    /** The same figures with pending as judged at the period's end. */
    Figures judged(long withinTime, long overdue) {
        return of(received.online, received.direct, received.carriedOver, resolved.early, resolved.onTime, resolved.late,
                withdrawn, withinTime, overdue);
    }

    /**
     * Counts that still held the dossiers withdrawn during the period ({@code withdrawnOnline}, {@code …Direct} received
     * in it, {@code …Carried} before it) without them: they move out, beside the blocks.
     */
    Figures withdrawing(long withdrawnOnline, long withdrawnDirect, long withdrawnCarried) {
        return of(received.online - withdrawnOnline, received.direct - withdrawnDirect, received.carriedOver - withdrawnCarried,
                resolved.early, resolved.onTime, resolved.late, withdrawn, pending.withinTime, pending.overdue);
    }

    /** Dossiers that count for timeliness: received and not withdrawn. */
    long processed() {
        return received.total;
    }

    /** Resolved early or on time, and pending within time (766 indicator 2.1's numerator). */
    long inTime() {
        return resolved.early + resolved.onTime + pending.withinTime;
    }

    public record Received(long total, long online, long direct, long carriedOver) {
    }

    public record Resolved(long total, long early, long onTime, long late) {
    }

    public record Pending(long total, long withinTime, long overdue) {
    }
}
