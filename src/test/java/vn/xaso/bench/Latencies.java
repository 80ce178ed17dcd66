package vn.xaso.bench;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Response times of one kind of request, with the failures, summarised as p50/p95/p99. */
final class Latencies {

    final String name;
    private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger errors = new java.util.concurrent.atomic.AtomicInteger();

    Latencies(String name) {
        this.name = name;
    }

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    /** Adds the times and failures measured in another run of the same request. */
    void addAll(Latencies other) {
        nanos.addAll(other.nanos);
        errors.addAndGet(other.errors());
    }

    void error() {
        errors.incrementAndGet();
    }

    int count() {
        return nanos.size();
    }

    int errors() {
        return errors.get();
    }

    double percentile(double q) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] / 1e6;
    }

    String row() {
        return String.format(java.util.Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %d |", name, count(), percentile(0.50),
                percentile(0.95), percentile(0.99), errors());
    }

    static String header() {
        return "| request | n | p50 ms | p95 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|";
    }
}
