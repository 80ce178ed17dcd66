package vn.xaso.integration;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One connection to a national service, as its users and administrators see it: calls go through a bulkhead (at most
 * a few at once, none waiting) and a circuit breaker that judges the last minute — after a few calls, half of them
 * failed or too slow, it opens and calls fail at once for a while, then one call tries again. It counts calls and
 * errors per hour, remembers the last success and the last error, and says whether the service is up, degraded or down.
 */
public final class Link {

    /**
     * How a link is doing: UP (answering), DEGRADED (answering with errors, or trying again), DOWN (circuit open),
     * NOT_CONFIGURED (no address or key set: nothing goes over it, and nothing is queued for it).
     */
    public enum State { UP, DEGRADED, DOWN, NOT_CONFIGURED }

    /** A failure of the service itself (unreachable, too slow, 5xx, a malformed answer): it counts against the link. */
    public static final class Failure extends RuntimeException {
        public Failure(String message, Throwable cause) {
            super(message, cause);
        }

        public Failure(String message) {
            super(message);
        }
    }

    /** The call was not made: the circuit is open or too many calls are under way. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** How the breaker and the bulkhead judge. */
    public record Settings(Duration window, int minimumCalls, float failureRate, Duration slowCall, Duration openFor,
            int concurrentCalls) {

        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(60), 3, 50, Duration.ofSeconds(2),
                Duration.ofSeconds(20), 8);
    }

    private final String name;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final HourlyCounts counts;
    private final Clock clock;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicReference<Instant> lastErrorAt = new AtomicReference<>();
    private volatile boolean lastFailed;
    private volatile LongSupplier pending = () -> 0;
    private volatile BooleanSupplier configured = () -> true;
    private volatile Supplier<Optional<String>> view = Optional::empty;
    private Counter successes;
    private Counter failures;
    private Counter refusals;

    public Link(String name, Settings settings, Clock clock) {
        this.name = name;
        this.clock = clock;
        this.counts = new HourlyCounts(clock);
        this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.TIME_BASED)
                .slidingWindowSize((int) Math.max(1, settings.window().toSeconds()))
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRate())
                .slowCallDurationThreshold(settings.slowCall())
                .slowCallRateThreshold(settings.failureRate())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordException(e -> e instanceof Failure)
                .build());
        this.bulkhead = Bulkhead.of(name, BulkheadConfig.custom().maxConcurrentCalls(settings.concurrentCalls())
                .maxWaitDuration(Duration.ZERO).build());
    }

    /** The link's name, e.g. {@code population}. */
    public String name() {
        return name;
    }

    /** What waits to go over this link (messages queued, dossiers not checked yet). */
    public Link pending(LongSupplier pending) {
        this.pending = pending;
        return this;
    }

    /** Whether the link is set up (its address, its key): asked each time, since settings are read when a call is made. */
    public Link configuredWhen(BooleanSupplier configured) {
        this.configured = configured;
        return this;
    }

    /** Where people can read what went over the link (the demo's mail sink shows the e-mails it took). */
    public Link viewAt(Supplier<Optional<String>> view) {
        this.view = view;
        return this;
    }

    public boolean configured() {
        return configured.getAsBoolean();
    }

    /** Runs {@code recovered} each time the service answers again after the breaker had opened. */
    public Link onRecovery(Runnable recovered) {
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition() == CircuitBreaker.StateTransition.HALF_OPEN_TO_CLOSED) {
                recovered.run();
            }
        });
        return this;
    }

    /** Publishes the link's calls and state as metrics ({@code xaso_integration_calls_total}, {@code xaso_integration_link_state}). */
    Link measuredIn(MeterRegistry meters) {
        successes = Counter.builder("xaso.integration.calls").tag("link", name).tag("outcome", "success").register(meters);
        failures = Counter.builder("xaso.integration.calls").tag("link", name).tag("outcome", "failure").register(meters);
        refusals = Counter.builder("xaso.integration.calls").tag("link", name).tag("outcome", "refused").register(meters);
        Gauge.builder("xaso.integration.link.state", this, link -> link.state().ordinal()).tag("link", name)
                .description("0 up, 1 degraded, 2 down, 3 not configured").register(meters);
        Gauge.builder("xaso.integration.link.pending", this, link -> link.pending.getAsLong()).tag("link", name)
                .register(meters);
        return this;
    }

    /**
     * Makes the call through the bulkhead and the breaker.
     *
     * @throws Failure the service failed (counted against it)
     * @throws Refused the call was not made (circuit open, or too many under way)
     */
    public <T> T call(Supplier<T> call) {
        try {
            T answer = Bulkhead.decorateSupplier(bulkhead, CircuitBreaker.decorateSupplier(breaker, call)).get();
            lastSuccess.set(clock.instant());
            lastFailed = false;
            counts.call(false);
            increment(successes);
            return answer;
        } catch (CallNotPermittedException | BulkheadFullException e) {
            increment(refusals);
            throw new Refused(e instanceof CallNotPermittedException ? "circuit open" : "too many calls under way");
        } catch (Failure e) {
            lastFailed = true;
            lastError.set(e.getMessage());
            lastErrorAt.set(clock.instant());
            counts.call(true);
            increment(failures);
            throw e;
        }
    }

    /**
     * NOT_CONFIGURED, else UP, DEGRADED (the last call failed, or the breaker is trying again) or DOWN (the breaker is
     * open).
     */
    public State state() {
        if (!configured()) {
            return State.NOT_CONFIGURED;
        }
        return switch (breaker.getState()) {
            case OPEN, FORCED_OPEN -> State.DOWN;
            case HALF_OPEN -> State.DEGRADED;
            default -> lastFailed ? State.DEGRADED : State.UP;
        };
    }

    /** Whether the breaker lets one call through to see if the service is back. */
    boolean tryingAgain() {
        return breaker.getState() == CircuitBreaker.State.HALF_OPEN;
    }

    /** The link as the administrators' page and {@code GET /api/v1/integration/links} show it. */
    public LinkStatus status() {
        return new LinkStatus(name, state(), breaker.getState().name(), pending.getAsLong(), lastSuccess.get(),
                lastError.get(), lastErrorAt.get(), counts.calls(), counts.errors(), view.get().orElse(null));
    }

    /** Calls under way now (at most the bulkhead's limit). */
    int callsUnderWay() {
        return bulkhead.getBulkheadConfig().getMaxConcurrentCalls() - bulkhead.getMetrics().getAvailableConcurrentCalls();
    }

    /** Closes the breaker and forgets its judgement (an administrator's "try again now"). */
    public void reset() {
        breaker.reset();
        lastFailed = false;
    }

    private static void increment(Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }
}
