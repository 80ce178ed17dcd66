package vn.xaso.integration;

import java.time.Clock;

/** Calls and errors over the last hour, in one-minute buckets. */
final class HourlyCounts {

    private static final int MINUTES = 60;

    private final Clock clock;
    private final long[] minuteOf = new long[MINUTES];
    private final int[] calls = new int[MINUTES];
    private final int[] errors = new int[MINUTES];

    HourlyCounts(Clock clock) {
        this.clock = clock;
    }

    synchronized void call(boolean failed) {
        int bucket = bucket();
        calls[bucket]++;
        if (failed) {
            errors[bucket]++;
        }
    }

    synchronized int calls() {
        return sum(calls);
    }

    synchronized int errors() {
        return sum(errors);
    }

    private int bucket() {
        long minute = clock.millis() / 60_000;
        int bucket = (int) (minute % MINUTES);
        if (minuteOf[bucket] != minute) {
            minuteOf[bucket] = minute;
            calls[bucket] = 0;
            errors[bucket] = 0;
        }
        return bucket;
    }

    private int sum(int[] counts) {
        long now = clock.millis() / 60_000;
        int total = 0;
        for (int i = 0; i < MINUTES; i++) {
            if (now - minuteOf[i] < MINUTES) {
                total += counts[i];
            }
        }
        return total;
    }
}
