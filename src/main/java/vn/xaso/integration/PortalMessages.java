package vn.xaso.integration;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of messages to the national portal, in plain SQL. */
@Repository
class PortalMessages {

    /** A message to deliver: its id is also the portal's message id (MaThongDiep), so a resend is recognised. */
    record Message(long id, String dossierCode, int portalStatus, String body, int attempts) {
    }

    /** A message that has not gone yet, for the administrators' page. */
    record Waiting(long id, String dossierCode, int portalStatus, Instant createdAt, int attempts, Instant nextAttemptAt,
            String lastError) {
    }

    private final JdbcClient jdbc;

    PortalMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues the dossier's new portal status with what the portal is to receive, unless the last message queued for
     * the dossier carries the same status. Runs in the dossier's transaction, which holds the dossier's row: its
     * messages are queued one at a time, in the order of its changes.
     */
    void enqueue(String dossierCode, int portalStatus, String body, Instant at) {
        jdbc.sql("""
                insert into portal_message (dossier_code, portal_status, body, created_at, next_attempt_at)
                select ?, ?, ?, ?, ?
                where coalesce((select portal_status from portal_message where dossier_code = ? order by id desc limit 1), -1) <> ?""")
                .params(dossierCode, portalStatus, body, Timestamp.from(at), Timestamp.from(at), dossierCode, portalStatus)
                .update();
    }

    /** Queues the message whatever was queued before (the reconciliation sends a dossier the portal lost again). */
    void enqueueAgain(String dossierCode, int portalStatus, String body, Instant at) {
        jdbc.sql("insert into portal_message (dossier_code, portal_status, body, created_at, next_attempt_at) values (?, ?, ?, ?, ?)")
                .params(dossierCode, portalStatus, body, Timestamp.from(at), Timestamp.from(at)).update();
    }

    /** Whether a message of the dossier is still on its way (not delivered, not parked). */
    boolean waitingFor(String dossierCode) {
        return jdbc.sql("select exists (select 1 from portal_message where dossier_code = ? and sent_at is null and parked_at is null)")
                .param(dossierCode).query(Boolean.class).single();
    }

    /**
     * Takes up to {@code limit} messages due now, each the first not yet delivered of its dossier, and holds them for
     * {@code lease} (another sender, on this node or another, skips them meanwhile).
     */
    List<Message> claimDue(int limit, Duration lease) {
        return claim(limit, lease, true);
    }

    /** Takes the oldest waiting message even if its pause has not ended: one call to see whether the portal is back. */
    List<Message> claimProbe(Duration lease) {
        return claim(1, lease, false);
    }

    private List<Message> claim(int limit, Duration lease, boolean dueOnly) {
        return jdbc.sql("""
                update portal_message m set next_attempt_at = now() + make_interval(secs => ?)
                where m.id in (
                    select w.id from portal_message w
                    where w.sent_at is null and w.parked_at is null and (w.next_attempt_at <= now() or not ?)
                      and not exists (select 1 from portal_message e where e.dossier_code = w.dossier_code and e.id < w.id
                                      and e.sent_at is null and e.parked_at is null)
                    order by w.id limit ? for update skip locked)
                returning m.id, m.dossier_code, m.portal_status, m.body, m.attempts""")
                .params(lease.toSeconds(), dueOnly, limit)
                .query((rs, n) -> new Message(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5)))
                .list().stream().sorted(java.util.Comparator.comparingLong(Message::id)).toList();
    }

    void sent(long id) {
        jdbc.sql("update portal_message set sent_at = now(), attempts = attempts + 1, last_error = null where id = ?")
                .param(id).update();
    }

    void failed(long id, String error, Duration retryAfter) {
        jdbc.sql("""
                update portal_message set attempts = attempts + 1, last_error = left(?, 500),
                    next_attempt_at = now() + make_interval(secs => ?) where id = ? and sent_at is null""")
                .params(error, retryAfter.toSeconds(), id).update();
    }

    /** Makes every waiting message due now (the portal is back). */
    void allDueNow() {
        jdbc.sql("update portal_message set next_attempt_at = now() where sent_at is null and parked_at is null and next_attempt_at > now()")
                .update();
    }

    /** Puts the message aside: later messages of its dossier go without it. */
    boolean park(long id) {
        return jdbc.sql("update portal_message set parked_at = now() where id = ? and sent_at is null and parked_at is null")
                .param(id).update() == 1;
    }

    /** Tries the message again now (a parked one too). */
    boolean retry(long id) {
        return jdbc.sql("update portal_message set parked_at = null, next_attempt_at = now() where id = ? and sent_at is null")
                .param(id).update() == 1;
    }

    long waiting() {
        return jdbc.sql("select count(*) from portal_message where sent_at is null and parked_at is null")
                .query(Long.class).single();
    }

    /** Messages tried and not delivered yet, and parked ones, the oldest first. */
    List<Waiting> stuck(int limit) {
        return jdbc.sql("""
                select id, dossier_code, portal_status, created_at, attempts, next_attempt_at, last_error from portal_message
                where sent_at is null and (attempts > 0 or parked_at is not null) order by id limit ?""")
                .param(limit)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .list();
    }
}
