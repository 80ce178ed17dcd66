package vn.xaso.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail: appends chained entries, lists them, and checks that the chain is unbroken. */
@Service
public class AuditTrail {

    private static final long CHAIN_LOCK = 0x78A50A0D17L;
    private static final int CHECK_BATCH = 1000;
    private static final String COLUMNS =
            "id, at, actor, unit_code, action, subject_type, subject_id, before_state, after_state, prev_hash, hash";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Appends the event at the end of the chain; concurrent appends are serialised by an advisory lock. */
    @Transactional
    public AuditEntry append(AuditEvent event) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().listOfRows();
        String prevHash = jdbc.sql("select hash from audit_entry order by id desc limit 1")
                .query(String.class).optional().orElse(ChainHash.GENESIS);
        Instant at = ChainHash.storable(event.at());
        String before = toJson(event.before());
        String after = toJson(event.after());
        String hash = ChainHash.of(prevHash, at, event.actor(), event.unitCode(), event.action(),
                event.subjectType(), event.subjectId(), before, after);
        long id = jdbc.sql("""
                insert into audit_entry (at, actor, unit_code, action, subject_type, subject_id,
                                         before_state, after_state, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(Timestamp.from(at), event.actor(), event.unitCode(), event.action(), event.subjectType(),
                        event.subjectId(), before, after, prevHash, hash)
                .query(Long.class).single();
        return new AuditEntry(id, at, event.actor(), event.unitCode(), event.action(), event.subjectType(),
                event.subjectId(), before, after, prevHash, hash);
    }

    /** The newest entries first, optionally only those older than {@code beforeId} and of one unit. */
    @Transactional(readOnly = true)
    public List<AuditEntry> newest(Long beforeId, String unitCode, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where (?::bigint is null or id < ?)"
                        + " and (?::varchar is null or unit_code = ?) order by id desc limit ?")
                .params(beforeId, beforeId, unitCode, unitCode, limit)
                .query(AuditTrail::entry).list();
    }

    /** Entries about one subject, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> about(String subjectType, String subjectId) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where subject_type = ? and subject_id = ? order by id")
                .params(subjectType, subjectId)
                .query(AuditTrail::entry).list();
    }

    /** Recomputes the whole chain and reports the first entry whose link or content does not match. */
    @Transactional(readOnly = true)
    public ChainCheck check() {
        long checked = 0;
        long lastId = 0;
        String expectedPrev = ChainHash.GENESIS;
        while (true) {
            List<AuditEntry> batch = jdbc.sql("select " + COLUMNS + " from audit_entry where id > ? order by id limit ?")
                    .params(lastId, CHECK_BATCH).query(AuditTrail::entry).list();
            for (AuditEntry entry : batch) {
                if (!Objects.equals(entry.prevHash(), expectedPrev)) {
                    return new ChainCheck(checked, entry.id(), "does not link to the entry before it (one was removed or changed)");
                }
                String hash = ChainHash.of(entry.prevHash(), entry.at(), entry.actor(), entry.unitCode(), entry.action(),
                        entry.subjectType(), entry.subjectId(), entry.before(), entry.after());
                if (!hash.equals(entry.hash())) {
                    return new ChainCheck(checked, entry.id(), "content was changed after it was recorded");
                }
                expectedPrev = entry.hash();
                lastId = entry.id();
                checked++;
            }
            if (batch.size() < CHECK_BATCH) {
                return new ChainCheck(checked, null, null);
            }
        }
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("unit_code"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("before_state"), rs.getString("after_state"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
