package vn.xaso.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xaso.document.ExchangeStatus;

/** The outbox of messages over the document exchange platform ({@code exchange_message}), keyed by our document. */
@Repository
class ExchangeMessages {

    enum Kind { DOCUMENT, STATUS, REFUSAL }

    /**
     * A message to deliver: an issued document (its EDXML made when it goes), a status of a document received by
     * exchange (made when it goes, as it was when queued), or a refusal (its body written when the message came).
     */
    record Message(long id, Long documentId, Kind kind, String toOrgans, String statusCode, String body, Instant createdAt,
            int attempts) implements Outbox.Outgoing {

        static Message row(ResultSet rs, int n) throws SQLException {
            return new Message(rs.getLong("id"), (Long) rs.getObject("document_id"), Kind.valueOf(rs.getString("kind")),
                    rs.getString("to_organs"), rs.getString("status_code"), rs.getString("body"),
                    rs.getTimestamp("created_at").toInstant(), rs.getInt("attempts"));
        }
    }

    private final JdbcClient jdbc;
    private final Outbox outbox;

    ExchangeMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.outbox = new Outbox(jdbc, "exchange_message", "document_id");
    }

    Outbox outbox() {
        return outbox;
    }

    void enqueueDocument(long documentId, List<String> organs, Instant at) {
        insert(documentId, Kind.DOCUMENT, String.join(",", organs), null, null, at);
    }

    /**
     * Queues a status for the sender of a document received by exchange, unless the last status queued for the
     * document is the same (opinions asked, then given: in progress once).
     */
    void enqueueStatus(long documentId, String organ, ExchangeStatus status, Instant at) {
        jdbc.sql("""
                insert into exchange_message (document_id, kind, to_organs, status_code, created_at, next_attempt_at)
                select ?, 'STATUS', ?, ?, ?, ?
                where coalesce((select status_code from exchange_message where document_id = ? and kind = 'STATUS'
                                order by id desc limit 1), '') <> ?""")
                .params(documentId, organ, status.code(), Outbox.ts(at), Outbox.ts(at), documentId, status.code())
                .update();
    }

    void enqueueRefusal(String organ, String body, Instant at) {
        insert(null, Kind.REFUSAL, organ, ExchangeStatus.REFUSED.code(), body, at);
    }

    private void insert(Long documentId, Kind kind, String organs, String statusCode, String body, Instant at) {
        jdbc.sql("""
                insert into exchange_message (document_id, kind, to_organs, status_code, body, created_at, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(documentId, kind.name(), organs.length() > 1000 ? organs.substring(0, 1000) : organs, statusCode, body,
                        Outbox.ts(at), Outbox.ts(at))
                .update();
    }
}
