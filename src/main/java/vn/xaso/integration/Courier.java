package vn.xaso.integration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.RowMapper;

/**
 * Delivers an {@link Outbox} through a {@link Link}: it takes the messages due, the first waiting of each key only (so
 * a key's messages arrive in order), and sends them a few at a time. A failed message is tried again after a growing
 * pause (2 s, 4 s … up to 5 min) and holds back the later messages of its key, never those of others. When the
 * breaker lets a call through again, the oldest waiting message tries at once, whatever its pause; when the receiver
 * answers, every waiting message is due at once (see {@link Link#onRecovery}).
 */
public final class Courier<M extends Outbox.Outgoing> implements AutoCloseable {

    /** Sends one message; throws {@link Link.Failure} when the receiver did not take it, {@link GiveUp} when it never will. */
    @FunctionalInterface
    public interface Delivery<M> {
        void send(M message);
    }

    /** The receiver will never take this message: it is put aside (parked) at once, with the reason. */
    public static final class GiveUp extends RuntimeException {
        public GiveUp(String reason) {
            super(reason);
        }
    }

    private static final int BATCH = 64;
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration MAX_PAUSE = Duration.ofMinutes(5);
    private static final Duration RUN_FOR = Duration.ofSeconds(20);

    private final Outbox outbox;
    private final RowMapper<M> row;
    private final Link link;
    private final ExecutorService senders;
    private final int attempts;

    /** A courier that tries each message until it is delivered. */
    public Courier(Outbox outbox, RowMapper<M> row, Link link, int threads) {
        this(outbox, row, link, threads, Integer.MAX_VALUE);
    }

    /** A courier that puts a message aside (parks it) after {@code attempts} failed attempts. */
    public Courier(Outbox outbox, RowMapper<M> row, Link link, int threads, int attempts) {
        this.attempts = attempts;
        this.outbox = outbox;
        this.row = row;
        this.link = link;
        this.senders = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, link.name() + "-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sends what is due until nothing is, or for at most 20 s; returns how many messages the receiver took. */
    public int deliver(Delivery<M> delivery) {
        return deliver(delivery, message -> { });
    }

    /** The same, and {@code afterwards} with each message the receiver took, once it is noted as sent. */
    public int deliver(Delivery<M> delivery, java.util.function.Consumer<M> afterwards) {
        int delivered = 0;
        long until = System.nanoTime() + RUN_FOR.toNanos();
        while (System.nanoTime() < until) {
            List<M> due = outbox.claimDue(BATCH, LEASE, row);
            if (due.isEmpty() && link.tryingAgain()) {
                // the breaker lets one call through: try the oldest message now rather than when its pause ends
                due = outbox.claimProbe(LEASE, row);
            }
            if (due.isEmpty()) {
                break;
            }
            List<Future<Boolean>> sending = new ArrayList<>();
            for (M message : due) {
                sending.add(senders.submit(() -> send(delivery, message) && after(afterwards, message)));
            }
            int sentNow = 0;
            for (Future<Boolean> outcome : sending) {
                try {
                    sentNow += outcome.get() ? 1 : 0;
                } catch (Exception e) {
                    // counted as not sent: the message is tried again after its pause
                }
            }
            delivered += sentNow;
            if (sentNow == 0) {
                break;
            }
        }
        return delivered;
    }

    private boolean send(Delivery<M> delivery, M message) {
        try {
            link.call(() -> {
                delivery.send(message);
                return null;
            });
            outbox.sent(message.id());
            return true;
        } catch (RuntimeException e) {
            // the receiver did not take it (Link.Failure, Link.Refused) or it could not be made: tried again later
            outbox.failed(message.id(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    pause(message.attempts()));
            if (e instanceof GiveUp || message.attempts() + 1 >= attempts) {
                outbox.park(message.id());
            }
            return false;
        }
    }

    private static <M> boolean after(java.util.function.Consumer<M> afterwards, M message) {
        afterwards.accept(message);
        return true;
    }

    /** 2 s after the first failure, doubling, at most 5 minutes. */
    static Duration pause(int attemptsBefore) {
        long seconds = 2L << Math.min(attemptsBefore, 10);
        return Duration.ofSeconds(Math.min(seconds, MAX_PAUSE.toSeconds()));
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
