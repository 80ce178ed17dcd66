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
        Window current = count(caller, now);
        if (current.count() > limit) {
            throw new TooManyRequests(Duration.between(now, current.ends()));
        }
    }

    /** Counts one of {@code caller}'s events (a failed attempt, say) without refusing anything. */
    public void record(String caller) {
        count(caller, clock.instant());
    }

    /** Refuses with 429 while {@code caller} has used up the window's allowance; counts nothing. */
    public void refuseIfSpent(String caller) {
        Instant now = clock.instant();
        Window current = windows.get(caller);
        if (current != null && now.isBefore(current.ends()) && current.count() >= limit) {
            throw new TooManyRequests(Duration.between(now, current.ends()));
        }
    }

    private Window count(String caller, Instant now) {
        if (windows.size() > MAX_CALLERS) {
            windows.clear();
        }
        return windows.compute(caller, (key, w) -> w == null || !now.isBefore(w.ends()) ? new Window(now.plus(window), 1)
                : new Window(w.ends(), w.count() + 1));
    }

    private record Window(Instant ends, int count) {
    }
}
