package vn.xaso.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts read straight from the dossiers' published facts ({@code dossier_facts}): open dossiers judged at a
 * period's end, the overdue list, and a full recount of Biểu 06 (for a procedure's rows and to check the rollups).
 */
@Repository
class DossierFacts {

    /** Withdrawn during the period (of the dossiers it counts, none finished before it): outside Biểu 06's blocks. */
    static final String WITHDRAWN_IN_PERIOD = "coalesce(outcome = 'WITHDRAWN' and finished_at < :end, false)";

    /**
     * Overdue at {@code :judge}, from the legal clock as it stood then ({@code dossier_overdue_at}): "once only" broken
     * by then, or past the legal due time — a dossier waiting for the applicant at {@code :judge}, past due already when
     * its clock stopped. Nothing that happened after {@code :judge} changes it.
     */
    private static final String OVERDUE = "dossier_overdue_at(code, :judge)";

    private final JdbcClient jdbc;

    DossierFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Pending at the period's end per key: {within time, overdue}. */
    Map<String, long[]> pending(List<String> units, Period period, Instant judgedAt, Grouping grouping) {
        ReportRollups.planForTheseDates(jdbc);
        Map<String, long[]> rows = new LinkedHashMap<>();
        // open now, or finished only after the period: two index ranges rather than one "or" over the whole table
        jdbc.sql("""
                select key, count(*) filter (where not overdue) as within, count(*) filter (where overdue) as overdue
                from (select %1$s as key, %2$s as overdue from dossier_facts
                      where unit_code = any(:units) and received_at < :end and finished_at is null
                      union all
                      select %1$s, %2$s from dossier_facts
                      where unit_code = any(:units) and received_at < :end and finished_at >= :end) open
                group by 1""".formatted(grouping.column, OVERDUE))
                .param("units", units.toArray(String[]::new)).param("end", Timestamp.from(period.end()))
                .param("judge", Timestamp.from(judgedAt))
                .query((rs, n) -> Map.entry(rs.getString("key"), new long[] {rs.getLong("within"), rs.getLong("overdue")}))
                .list().forEach(row -> rows.put(row.getKey(), row.getValue()));
        return rows;
    }

    /**
     * The dossiers withdrawn during the period, per key: {received online in it, at the counter or by post in it,
     * received before it} — what the rollups' received counts still hold of them.
     */
    Map<String, long[]> withdrawn(List<String> units, Period period, Grouping grouping) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        jdbc.sql("""
                select %s as key,
                       count(*) filter (where received_at >= :start and channel = 'ONLINE') as online,
                       count(*) filter (where received_at >= :start and channel <> 'ONLINE') as direct,
                       count(*) filter (where received_at < :start) as carried
                from dossier_facts
                where unit_code = any(:units) and outcome = 'WITHDRAWN' and finished_at >= :start and finished_at < :end
                  and received_at is not null
                group by 1""".formatted(grouping.column))
                .param("units", units.toArray(String[]::new)).param("start", Timestamp.from(period.start()))
                .param("end", Timestamp.from(period.end()))
                .query((rs, n) -> Map.entry(rs.getString("key"), new long[] {rs.getLong("online"), rs.getLong("direct"),
                        rs.getLong("carried")}))
                .list().forEach(row -> rows.put(row.getKey(), row.getValue()));
        return rows;
    }

    /** Biểu 06 counted from the dossiers themselves, one line per key (of one field only, if {@code field} is given). */
    Map<String, Figures> recount(List<String> units, Period period, Instant judgedAt, Grouping grouping, String field) {
        Map<String, Figures> rows = new LinkedHashMap<>();
        jdbc.sql("""
                select %1$s as key,
                       count(*) filter (where received_at >= :start and channel = 'ONLINE' and not %3$s) as online,
                       count(*) filter (where received_at >= :start and channel <> 'ONLINE' and not %3$s) as direct,
                       count(*) filter (where received_at < :start and not %3$s) as carried,
                       count(*) filter (where finished_at < :end and outcome = 'EARLY') as early,
                       count(*) filter (where finished_at < :end and outcome = 'ON_TIME') as on_time,
                       count(*) filter (where finished_at < :end and outcome = 'LATE') as late,
                       count(*) filter (where %3$s) as withdrawn,
                       count(*) filter (where (finished_at is null or finished_at >= :end) and not %2$s) as within,
                       count(*) filter (where (finished_at is null or finished_at >= :end) and %2$s) as overdue
                from dossier_facts
                where unit_code = any(:units) and received_at < :end and (finished_at is null or finished_at >= :start)
                  and (cast(:field as varchar) is null or field = :field)
                group by 1 order by 1""".formatted(grouping.column, OVERDUE, WITHDRAWN_IN_PERIOD))
                .param("units", units.toArray(String[]::new)).param("start", Timestamp.from(period.start()))
                .param("end", Timestamp.from(period.end())).param("judge", Timestamp.from(judgedAt)).param("field", field)
                .query((rs, n) -> Map.entry(rs.getString("key"), Figures.of(rs.getLong("online"), rs.getLong("direct"),
                        rs.getLong("carried"), rs.getLong("early"), rs.getLong("on_time"), rs.getLong("late"),
                        rs.getLong("withdrawn"), rs.getLong("within"), rs.getLong("overdue"))))
                .list().forEach(row -> rows.put(row.getKey(), row.getValue()));
        return rows;
    }

    /**
     * The dossiers behind one figure of Biểu 06 ({@code cell}), optionally only those of one row ({@code key} of the
     * grouping), oldest receipt first.
     */
    List<Reports.Fact> behind(List<String> units, Period period, Instant judgedAt, Cell cell, Grouping grouping, String key,
            int limit) {
        return jdbc.sql("""
                select code, unit_code, procedure_code, field, channel, received_at, legal_due_at, finished_at, outcome,
                       (finished_at is null or finished_at >= :end) as open_at_end, late_by_supplement
                from dossier_facts
                where unit_code = any(:units) and received_at < :end and (finished_at is null or finished_at >= :start)
                  and (cast(:key as varchar) is null or %s = :key) and %s
                order by received_at, code limit :limit""".formatted(grouping.column, cell.condition(OVERDUE)))
                .param("units", units.toArray(String[]::new)).param("start", Timestamp.from(period.start()))
                .param("end", Timestamp.from(period.end())).param("judge", Timestamp.from(judgedAt)).param("key", key)
                .param("limit", limit)
                .query((rs, n) -> new Reports.Fact(rs.getString("code"), rs.getString("unit_code"),
                        rs.getString("procedure_code"), rs.getString("field"), rs.getString("channel"),
                        rs.getTimestamp("received_at").toInstant(), instant(rs.getTimestamp("legal_due_at")),
                        instant(rs.getTimestamp("finished_at")), rs.getString("outcome"), rs.getBoolean("open_at_end"),
                        rs.getBoolean("late_by_supplement")))
                .list();
    }

    /** Open dossiers due between now and {@code until}, soonest first. */
    List<Reports.Overdue> dueSoon(List<String> units, Instant now, Instant until, int limit) {
        return jdbc.sql("""
                select code, unit_code, procedure_code, received_at, legal_due_at from dossier_facts
                where unit_code = any(:units) and received_at is not null and finished_at is null
                  and status <> 'WAITING_SUPPLEMENT' and not late_by_supplement and legal_due_at >= :now and legal_due_at < :until
                order by legal_due_at, code limit :limit""")
                .param("units", units.toArray(String[]::new)).param("now", Timestamp.from(now))
                .param("until", Timestamp.from(until)).param("limit", limit)
                .query((rs, n) -> new Reports.Overdue(rs.getString("code"), rs.getString("unit_code"),
                        rs.getString("procedure_code"), rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("legal_due_at").toInstant()))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The unit's open dossiers past their legal due time now, worst (longest overdue) first. */
    List<Reports.Overdue> overdue(List<String> units, Instant now, int limit) {
        return jdbc.sql("""
                select code, unit_code, procedure_code, received_at, legal_due_at from dossier_facts
                where unit_code = any(:units) and received_at is not null and finished_at is null and %s
                order by legal_due_at, code limit :limit""".formatted(OVERDUE))
                .param("units", units.toArray(String[]::new)).param("judge", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new Reports.Overdue(rs.getString("code"), rs.getString("unit_code"), rs.getString("procedure_code"),
                        rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("legal_due_at").toInstant()))
                .list();
    }
}
