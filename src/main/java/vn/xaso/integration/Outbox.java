package vn.xaso.integration;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A transactional outbox table, written in the transaction of the change it reports and delivered afterwards: each
 * message until the receiver has it, in id order per {@code key} (a dossier, a document), a failed one held back with
 * its pause while the others go. Its columns: {@code id}, the key, {@code created_at}, {@code attempts},
 * {@code next_attempt_at}, {@code sent_at}, {@code parked_at}, {@code last_error}; what else it carries is the
 * caller's (read by the caller's row mapper).
 */
public final class Outbox {

    /** A message taken for delivery. */
    public interface Outgoing {
        long id();

        int attempts();
    }

    private final JdbcClient jdbc;
    private final String table;
    private final String key;
    private final String only;

    public Outbox(JdbcClient jdbc, String table, String key) {
        this(jdbc, table, key, "true");
    }

    /** The outbox of the rows of {@code table} that meet {@code only} (an SQL condition on its columns). */
    public Outbox(JdbcClient jdbc, String table, String key, String only) {
        this.jdbc = jdbc;
        this.table = table;
        this.key = key;
        this.only = only;
    }

    /**
     * Takes up to {@code limit} messages due now, each the first not yet delivered of its key, and holds them for
     * {@code lease} (another sender, on this node or another, skips them meanwhile).
     */
    <T extends Outgoing> List<T> claimDue(int limit, Duration lease, RowMapper<T> row) {
        return claim(limit, lease, true, row);
    }

    /** Takes the oldest waiting message even if its pause has not ended: one call to see whether the receiver is back. */
    <T extends Outgoing> List<T> claimProbe(Duration lease, RowMapper<T> row) {
        return claim(1, lease, false, row);
    }

    private <T extends Outgoing> List<T> claim(int limit, Duration lease, boolean dueOnly, RowMapper<T> row) {
        return jdbc.sql("""
                update %1$s m set next_attempt_at = now() + make_interval(secs => ?)
                where m.id in (
                    select w.id from %1$s w
                    where w.sent_at is null and w.parked_at is null and (w.next_attempt_at <= now() or not ?) and (%3$s)
                      and not exists (select 1 from %1$s e where e.%2$s = w.%2$s and e.id < w.id
                                      and e.sent_at is null and e.parked_at is null)
                    order by w.id limit ? for update skip locked)
                returning m.*""".formatted(table, key, only))
                .params(lease.toSeconds(), dueOnly, limit)
                .query(row).list().stream().sorted(Comparator.comparingLong(Outgoing::id)).toList();
    }

    void sent(long id) {
        jdbc.sql("update %s set sent_at = now(), attempts = attempts + 1, last_error = null where id = ?".formatted(table))
                .param(id).update();
    }

    void failed(long id, String error, Duration retryAfter) {
        jdbc.sql("""
                update %s set attempts = attempts + 1, last_error = left(?, 500),
                    next_attempt_at = now() + make_interval(secs => ?) where id = ? and sent_at is null""".formatted(table))
                .params(error, retryAfter.toSeconds(), id).update();
    }

    /** Makes every waiting message due now (the receiver is back). */
    void allDueNow() {
        jdbc.sql("update %s set next_attempt_at = now() where sent_at is null and parked_at is null and next_attempt_at > now() and (%s)"
                .formatted(table, only)).update();
    }

    /** Puts the message aside: later messages of its key go without it. */
    public boolean park(long id) {
        return jdbc.sql("update %s set parked_at = now() where id = ? and sent_at is null and parked_at is null".formatted(table))
                .param(id).update() == 1;
    }

    /** Tries the message again now (a parked one too). */
    public boolean retry(long id) {
        return jdbc.sql("update %s set parked_at = null, next_attempt_at = now() where id = ? and sent_at is null".formatted(table))
                .param(id).update() == 1;
    }

    public long waiting() {
        return jdbc.sql("select count(*) from %s where sent_at is null and parked_at is null and (%s)".formatted(table, only))
                .query(Long.class).single();
    }

    /** Whether a message of the key is still on its way (not delivered, not parked). */
    boolean waitingFor(Object keyValue) {
        return jdbc.sql("select exists (select 1 from %s where %s = ? and sent_at is null and parked_at is null)"
                .formatted(table, key)).param(keyValue).query(Boolean.class).single();
    }

    /** Messages tried and not delivered yet, and parked ones, the oldest first. */
    public <T> List<T> stuck(int limit, RowMapper<T> row) {
        return jdbc.sql("select * from %s where sent_at is null and (attempts > 0 or parked_at is not null) order by id limit ?"
                .formatted(table)).param(limit).query(row).list();
    }

    static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
