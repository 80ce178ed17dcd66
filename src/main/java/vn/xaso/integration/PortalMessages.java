package vn.xaso.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of messages to the national portal ({@code portal_message}), keyed by the dossier code. */
@Repository
class PortalMessages {

    /** A message to deliver: its id is also the portal's message id (MaThongDiep), so a resend is recognised. */
    record Message(long id, String dossierCode, int portalStatus, String body, int attempts) implements Outbox.Outgoing {

        static Message row(ResultSet rs, int n) throws SQLException {
            return new Message(rs.getLong("id"), rs.getString("dossier_code"), rs.getInt("portal_status"),
                    rs.getString("body"), rs.getInt("attempts"));
        }
    }

    private final JdbcClient jdbc;
    private final Outbox outbox;

    PortalMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.outbox = new Outbox(jdbc, "portal_message", "dossier_code");
    }

    Outbox outbox() {
        return outbox;
    }

    /**
     * Queues one event of the dossier with what the portal is to receive, once: the same event ({@code eventKey}) is
     * never queued twice. Runs in the dossier's transaction, which holds the dossier's row: its messages are queued one
     * at a time, in the order of its changes.
     */
    void enqueue(String dossierCode, String eventKey, int portalStatus, String body, Instant at) {
        jdbc.sql("""
                insert into portal_message (dossier_code, event_key, portal_status, body, created_at, next_attempt_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (dossier_code, event_key) where event_key is not null do nothing""")
                .params(dossierCode, eventKey, portalStatus, body, Outbox.ts(at), Outbox.ts(at))
                .update();
    }

    /** Queues the message whatever was queued before (the reconciliation sends a dossier the portal lost again). */
    void enqueueAgain(String dossierCode, int portalStatus, String body, Instant at) {
        jdbc.sql("insert into portal_message (dossier_code, portal_status, body, created_at, next_attempt_at) values (?, ?, ?, ?, ?)")
                .params(dossierCode, portalStatus, body, Outbox.ts(at), Outbox.ts(at)).update();
    }
}
