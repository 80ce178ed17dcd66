package vn.xaso.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xaso.archive.HandOvers.HandOver;

/** SQL for hand-overs and the signatures on their records. */
@Repository
class HandOverRows {

    private static final int LISTED = 100;

    private final JdbcClient jdbc;

    HandOverRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String unitCode, String from, String to, String by, Instant at, int tasks, int documents, int files, String note) {
        return jdbc.sql("""
                insert into hand_over (unit_code, from_user, to_user, by_user, at, tasks, documents, files, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(unitCode, from, to, by, Timestamp.from(at), tasks, documents, files, note).query(Long.class).single();
    }

    Optional<HandOver> find(long id) {
        return jdbc.sql("select * from hand_over where id = ?").param(id).query(HandOverRows::row).optional();
    }

    /** Locked until the transaction ends: two officials signing at once sign one after the other, each on the other's. */
    Optional<HandOver> lock(long id) {
        return jdbc.sql("select * from hand_over where id = ? for update").param(id).query(HandOverRows::row).optional();
    }

    /** The newest hand-overs the official is party to, and for an administrator of {@code unitCode} also the unit's. */
    List<HandOver> of(String username, String unitCode) {
        return jdbc.sql("""
                select * from hand_over where from_user = ? or to_user = ? or unit_code = ?
                order by at desc, id desc limit ?""")
                .params(username, username, unitCode, LISTED).query(HandOverRows::row).list();
    }

    /** The records waiting for {@code username}'s signature, oldest first. */
    List<HandOver> awaiting(String username) {
        return jdbc.sql("""
                select * from hand_over where from_user = ? and giver_signed_at is null
                union all select * from hand_over where to_user = ? and taker_signed_at is null
                order by at, id limit ?""").params(username, username, LISTED).query(HandOverRows::row).list();
    }

    /** The newest hand-overs of every unit (a province administrator's view, filtered by the caller). */
    List<HandOver> newest() {
        return jdbc.sql("select * from hand_over order by at desc, id desc limit ?").param(LISTED).query(HandOverRows::row).list();
    }

    void record(long id, UUID file) {
        jdbc.sql("update hand_over set record_file_id = ? where id = ?").params(file, id).update();
    }

    /** One side's signature: {@code giver} the one handing over, else the one taking over. */
    void signed(long id, boolean giver, UUID file, Instant at) {
        jdbc.sql("update hand_over set record_file_id = ?, " + (giver ? "giver_signed_at" : "taker_signed_at") + " = ? where id = ?")
                .params(file, Timestamp.from(at), id).update();
    }

    void sealed(long id, UUID file, Instant at) {
        jdbc.sql("update hand_over set record_file_id = ?, sealed_at = ? where id = ?").params(file, Timestamp.from(at), id).update();
    }

    private static HandOver row(ResultSet rs, int n) throws SQLException {
        Instant sealed = instant(rs, "sealed_at");
        return new HandOver(rs.getLong("id"), rs.getString("unit_code"), rs.getString("from_user"), rs.getString("to_user"),
                rs.getString("by_user"), rs.getTimestamp("at").toInstant(), rs.getInt("tasks"), rs.getInt("documents"),
                rs.getInt("files"), rs.getString("note"), rs.getString("record_file_id"),
                sealed == null ? HandOvers.Status.PENDING : HandOvers.Status.SIGNED, instant(rs, "giver_signed_at"),
                instant(rs, "taker_signed_at"), sealed);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
