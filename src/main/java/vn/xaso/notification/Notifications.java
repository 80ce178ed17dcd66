package vn.xaso.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xaso.integration.Outbox;

/** The notifications outbox ({@code notification}), one outbox per channel, in order per recipient. */
@Repository
class Notifications {

    /** A notification on its way, or gone: its tracking id is its {@code id}. */
    record Queued(long id, String eventKey, String dossierCode, String unitCode, Notice notice, Channel channel,
            String recipient, String subject, String body, String templateData, Instant createdAt, int attempts,
            Instant sentAt, Instant parkedAt, String lastError) implements Outbox.Outgoing {

        static Queued row(ResultSet rs, int n) throws SQLException {
            return new Queued(rs.getLong("id"), rs.getString("event_key"), rs.getString("dossier_code"),
                    rs.getString("unit_code"), Notice.valueOf(rs.getString("notice")), Channel.valueOf(rs.getString("channel")),
                    rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("template_data"),
                    rs.getTimestamp("created_at").toInstant(), rs.getInt("attempts"), instant(rs, "sent_at"),
                    instant(rs, "parked_at"), rs.getString("last_error"));
        }

        /** PENDING until the gateway has it (SENT), FAILED once put aside. */
        String status() {
            return sentAt != null ? "SENT" : parkedAt != null ? "FAILED" : "PENDING";
        }
    }

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Outbox outbox(Channel channel) {
        return new Outbox(jdbc, "notification", "recipient", "channel = '" + channel.name() + "'");
    }

    /** Queues a notification unless this happening was queued on this channel already (a replayed event). */
    void enqueue(String eventKey, String dossierCode, String unitCode, Notice notice, Channel channel, String recipient,
            NoticeTexts.Text text, String templateData, Instant at) {
        jdbc.sql("""
                insert into notification (event_key, dossier_code, unit_code, notice, channel, recipient, subject, body,
                    template_data, created_at, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_key, channel) do nothing""")
                .params(eventKey, dossierCode, unitCode, notice.name(), channel.name(), recipient, text.subject(), text.body(),
                        templateData, Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    /** The same notification by SMS (the phone has no Zalo), unless it went by SMS already. */
    void fallBackToSms(Queued zalo, Instant at) {
        enqueue(zalo.eventKey(), zalo.dossierCode(), zalo.unitCode(), zalo.notice(), Channel.SMS, zalo.recipient(),
                new NoticeTexts.Text(null, zalo.body()), null, at);
    }

    List<Queued> ofDossier(String dossierCode) {
        return jdbc.sql("select * from notification where dossier_code = ? order by id").param(dossierCode)
                .query(Queued::row).list();
    }

    /** The latest notifications, newest first, only failed ones if asked. */
    List<Queued> latest(boolean failedOnly, int limit) {
        return jdbc.sql("select * from notification where (not ? or parked_at is not null) order by id desc limit ?")
                .params(failedOnly, limit).query(Queued::row).list();
    }

    java.util.Optional<Queued> find(long id) {
        return jdbc.sql("select * from notification where id = ?").param(id).query(Queued::row).optional();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
