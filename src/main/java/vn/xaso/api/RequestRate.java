package vn.xaso.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per {@code window} for one caller (an address): a fixed window per caller, with
 * memory bounded by forgetting every window once too many callers are tracked.
 */
public final class RequestRate {

    private static final int MAX_CALLERS = 100_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RequestRate(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one request of {@code caller}; refuses with 429 when it is over the limit. */
    public void acquire(String caller) {
        Instant now = clock.instant();
        if (windows.size() > MAX_CALLERS) {
            windows.clear();
        }
        Window current = windows.compute(caller, (key, w) -> w == null || !now.isBefore(w.ends()) ? new Window(now.plus(window), 1)
                : new Window(w.ends(), w.count() + 1));
        if (current.count() > limit) {
            throw new TooManyRequests(Duration.between(now, current.ends()));
        }
    }

    private record Window(Instant ends, int count) {
    }
}
