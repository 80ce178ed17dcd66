package vn.xaso.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xaso.api.Conflict;
import vn.xaso.api.NotFound;

/** SQL for work files and their items. */
@Repository
class WorkFiles {

    private final JdbcClient jdbc;

    WorkFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(WorkFile f) {
        return jdbc.sql("""
                insert into work_file (unit_code, year, code, title, retention_years, keeper, status, opened_on, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.unitCode(), f.year(), f.code(), f.title(), f.retentionYears(), f.keeper(), f.status().name(),
                        f.openedOn(), f.createdBy(), ts(f.createdAt()))
                .query(Long.class).single();
    }

    boolean exists(String unitCode, int year, String code) {
        return jdbc.sql("select count(*) from work_file where unit_code = ? and year = ? and code = ?")
                .params(unitCode, year, code).query(Integer.class).single() > 0;
    }

    Optional<WorkFile> find(long id) {
        return jdbc.sql("select * from work_file where id = ?").param(id).query(WorkFiles::row).optional();
    }

    WorkFile lock(long id) {
        return jdbc.sql("select * from work_file where id = ? for update").param(id).query(WorkFiles::row).optional()
                .orElseThrow(() -> new NotFound("Work file", id));
    }

    void update(WorkFile f) {
        int changed = jdbc.sql("""
                update work_file set title = ?, retention_years = ?, keeper = ?, status = ?, closed_on = ?, transfer_due = ?,
                    transferred_at = ?, transferred_by = ?, version = version + 1 where id = ? and version = ?""")
                .params(f.title(), f.retentionYears(), f.keeper(), f.status().name(), f.closedOn(), f.transferDue(),
                        ts(f.transferredAt()), f.transferredBy(), f.id(), f.version())
                .update();
        if (changed == 0) {
            throw new Conflict("archive.file.stale");
        }
    }

    List<WorkFile> ofUnit(String unitCode, Integer year, WorkFile.Status status) {
        return jdbc.sql("select * from work_file where unit_code = :unit and (cast(:year as int) is null or year = :year)"
                        + " and (cast(:status as varchar) is null or status = :status) order by year desc, code")
                .param("unit", unitCode).param("year", year).param("status", status == null ? null : status.name())
                .query(WorkFiles::row).list();
    }

    /** Closed files whose transfer is due on or before {@code until}, soonest first. */
    List<WorkFile> transferDue(String unitCode, LocalDate until) {
        return jdbc.sql("select * from work_file where unit_code = ? and status = 'CLOSED' and transfer_due <= ? order by transfer_due, code")
                .params(unitCode, until).query(WorkFiles::row).list();
    }

    /** Files with a limited retention, closed long enough ago that it has expired by {@code asOf}. */
    List<WorkFile> retentionExpired(String unitCode, LocalDate asOf) {
        return jdbc.sql("""
                select * from work_file where unit_code = ? and retention_years is not null and closed_on is not null
                  and make_date(extract(year from closed_on)::int + retention_years, 12, 31) < ? order by closed_on, code""")
                .params(unitCode, asOf).query(WorkFiles::row).list();
    }

    void addItem(long fileId, WorkFile.Item item) {
        jdbc.sql("insert into work_file_item (file_id, kind, ref, title, added_by, added_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(fileId, item.kind(), item.ref(), item.title(), item.addedBy(), ts(item.addedAt())).update();
    }

    boolean removeItem(long fileId, String kind, String ref) {
        return jdbc.sql("delete from work_file_item where file_id = ? and kind = ? and ref = ?").params(fileId, kind, ref).update() > 0;
    }

    List<WorkFile.Item> items(long fileId) {
        return jdbc.sql("select * from work_file_item where file_id = ? order by added_at, kind, ref").param(fileId)
                .query((rs, n) -> new WorkFile.Item(rs.getString("kind"), rs.getString("ref"), rs.getString("title"),
                        rs.getString("added_by"), rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    /** Whether a document or dossier lies in a file that is already in the archive. */
    boolean isArchived(String kind, String ref) {
        return jdbc.sql("""
                select count(*) from work_file_item i join work_file f on f.id = i.file_id
                where i.kind = ? and i.ref = ? and f.status = 'TRANSFERRED'""")
                .params(kind, ref).query(Integer.class).single() > 0;
    }

    List<WorkFile> keptBy(String username) {
        return jdbc.sql("select * from work_file where keeper = ? and status <> 'TRANSFERRED' order by year, code").param(username)
                .query(WorkFiles::row).list();
    }

    void changeKeeper(String from, String to) {
        jdbc.sql("update work_file set keeper = ?, version = version + 1 where keeper = ? and status <> 'TRANSFERRED'")
                .params(to, from).update();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static WorkFile row(ResultSet rs, int n) throws SQLException {
        Timestamp transferred = rs.getTimestamp("transferred_at");
        return new WorkFile(rs.getLong("id"), rs.getString("unit_code"), rs.getInt("year"), rs.getString("code"),
                rs.getString("title"), (Integer) rs.getObject("retention_years"), rs.getString("keeper"),
                WorkFile.Status.valueOf(rs.getString("status")), rs.getObject("opened_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class), rs.getObject("transfer_due", LocalDate.class),
                transferred == null ? null : transferred.toInstant(), rs.getString("transferred_by"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
    }
}
