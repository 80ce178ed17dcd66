package vn.xaso.calendar;

import java.time.Instant;

/** A span of time, e.g. a pause while waiting for the applicant's supplement. */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("An interval cannot end before it starts");
        }
    }
}
