package vn.xaso.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily rollups: counting a dossier's receipt, finish or rating once, summing a period, and recomputing
 * everything from the dossiers' published facts.
 */
@Repository
class ReportRollups {

    /** A rollup column an event adds one to. */
    enum Column { RECEIVED, EARLY, ON_TIME, LATE, WITHDRAWN, DONE, SIGNED, SCANNED, RATED, SATISFIED, SYNCED, FEE_BEARING, PAID_ONLINE }

    /** What happens once to a dossier, and is counted once. */
    enum Kind { RECEIVED, FINISHED, RATED, SYNCED }

    /** The row of the rollups a dossier's event counts in. */
    record Key(String unitCode, String field, String channel, LocalDate day) {
    }

    /** A period's figures for one row of a report: Biểu 06's and Decision 766's. */
    record Rolled(Figures figures, Quality quality) {
    }

    private final JdbcClient jdbc;

    ReportRollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds one to each of {@code columns} in the dossier's row, unless this happening ({@code kind}) of this dossier
     * was counted already: a replayed or duplicated event changes nothing.
     */
    void add(String dossierCode, Kind kind, Key key, Set<Column> columns) {
        if (columns.isEmpty()) {
            jdbc.sql("insert into report_applied (dossier_code, kind) values (?, ?) on conflict do nothing")
                    .params(dossierCode, kind.name()).update();
            return;
        }
        // one round trip: the day's and the month's rows grow only if the happening was not counted before
        List<String> names = columns.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        jdbc.sql("with applied as (insert into report_applied (dossier_code, kind) values (?, ?) on conflict do nothing "
                        + "returning 1), day as (" + upsert("report_day", "day", names) + ") "
                        + upsert("report_month", "month", names))
                .params(dossierCode, kind.name(), key.unitCode(), key.field(), key.channel(), Date.valueOf(key.day()),
                        key.unitCode(), key.field(), key.channel(), Date.valueOf(key.day().withDayOfMonth(1)))
                .update();
    }

    private static String upsert(String table, String period, List<String> names) {
        return "insert into " + table + " (unit_code, field, channel, " + period + ", " + String.join(", ", names)
                + ") select ?, ?, ?, ?" + ", 1".repeat(names.size()) + " from applied on conflict (unit_code, " + period
                + ", field, channel) do update set "
                + names.stream().map(n -> n + " = " + table + "." + n + " + 1").collect(Collectors.joining(", "));
    }

    /**
     * Received, carried over and resolved for the units in a period, and the quality of what was resolved, one line
     * per key of the grouping (field or unit); pending is left to be judged from the dossiers. Whole months are read
     * from the monthly rollups, the days at the period's edges (and of the month it starts in) from the daily ones.
     */
    Map<String, Rolled> sum(List<String> units, Period period, Grouping grouping) {
        planForTheseDates(jdbc);
        LocalDate startMonth = period.from().withDayOfMonth(1);
        LocalDate firstWhole = period.from().equals(startMonth) ? startMonth : startMonth.plusMonths(1);
        LocalDate afterWhole = period.to().plusDays(1).withDayOfMonth(1);
        if (!firstWhole.isBefore(afterWhole)) {
            // no whole month inside: every day of the period comes from the daily rollups
            firstWhole = period.to().plusDays(1);
            afterWhole = firstWhole;
        }
        Map<String, Rolled> rows = new LinkedHashMap<>();
        jdbc.sql("""
                select %1$s as key,
                       coalesce(sum(received) filter (where part = 'in' and channel = 'ONLINE'), 0) as online,
                       coalesce(sum(received) filter (where part = 'in' and channel <> 'ONLINE'), 0) as direct,
                       coalesce(sum(received - early - on_time - late - withdrawn) filter (where part = 'before'), 0) as carried,
                       coalesce(sum(early) filter (where part = 'in'), 0) as early,
                       coalesce(sum(on_time) filter (where part = 'in'), 0) as on_time,
                       coalesce(sum(late) filter (where part = 'in'), 0) as late,
                       coalesce(sum(withdrawn) filter (where part = 'in'), 0) as withdrawn,
                       coalesce(sum(done) filter (where part = 'in'), 0) as done,
                       coalesce(sum(signed) filter (where part = 'in'), 0) as signed,
                       coalesce(sum(scanned) filter (where part = 'in'), 0) as scanned,
                       coalesce(sum(rated) filter (where part = 'in'), 0) as rated,
                       coalesce(sum(satisfied) filter (where part = 'in'), 0) as satisfied,
                       coalesce(sum(synced) filter (where part = 'in'), 0) as synced,
                       coalesce(sum(fee_bearing) filter (where part = 'in'), 0) as fee_bearing,
                       coalesce(sum(paid_online) filter (where part = 'in'), 0) as paid_online
                from (select %1$s, channel, received, early, on_time, late, withdrawn, done, signed, scanned, rated, satisfied,
                             synced, fee_bearing, paid_online,
                             case when month < :startMonth then 'before' when month >= :firstWhole then 'in' end as part
                      from report_month
                      where unit_code = any(:units) and (month < :startMonth or (month >= :firstWhole and month < :afterWhole))
                      union all
                      select %1$s, channel, received, early, on_time, late, withdrawn, done, signed, scanned, rated, satisfied,
                             synced, fee_bearing, paid_online,
                             case when day < :from then 'before' else 'in' end
                      from report_day
                      where unit_code = any(:units) and day >= :startMonth and day <= :to
                        and (day < :firstWhole or day >= :afterWhole)) rows
                group by 1 order by 1""".formatted(grouping.column))
                .param("units", units.toArray(String[]::new)).param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to())).param("startMonth", Date.valueOf(startMonth))
                .param("firstWhole", Date.valueOf(firstWhole)).param("afterWhole", Date.valueOf(afterWhole))
                .query((rs, n) -> Map.entry(rs.getString("key"), new Rolled(Figures.of(rs.getLong("online"),
                        rs.getLong("direct"), rs.getLong("carried"), rs.getLong("early"), rs.getLong("on_time"),
                        rs.getLong("late"), rs.getLong("withdrawn"), 0, 0), new Quality(rs.getLong("done"),
                        rs.getLong("signed"), rs.getLong("scanned"), rs.getLong("rated"), rs.getLong("satisfied"), rs.getLong("synced"),
                        rs.getLong("fee_bearing"), rs.getLong("paid_online")))))
                .list().stream().filter(row -> row.getValue().figures().received().total() > 0)
                .forEach(row -> rows.put(row.getKey(), row.getValue()));
        return rows;
    }

    /** Notes that a procedure's fee was paid online for a dossier of the unit received that day (once is enough). */
    void paidOnline(String unitCode, String procedureCode, LocalDate day) {
        jdbc.sql("insert into report_paid_procedure (unit_code, procedure_code, day) values (?, ?, ?) on conflict do nothing")
                .params(unitCode, procedureCode, Date.valueOf(day)).update();
    }

    /** How many procedures had a fee paid online for dossiers of the units received in the period. */
    long proceduresPaidOnline(List<String> units, Period period) {
        return jdbc.sql("""
                select count(distinct procedure_code) from report_paid_procedure
                where unit_code = any(:units) and day between :from and :to""")
                .param("units", units.toArray(String[]::new)).param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to())).query(Long.class).single();
    }

    /** The same for each unit. */
    Map<String, Long> proceduresPaidOnlineByUnit(List<String> units, Period period) {
        Map<String, Long> byUnit = new LinkedHashMap<>();
        jdbc.sql("""
                select unit_code, count(distinct procedure_code) from report_paid_procedure
                where unit_code = any(:units) and day between :from and :to group by 1""")
                .param("units", units.toArray(String[]::new)).param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to()))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> byUnit.put(e.getKey(), e.getValue()));
        return byUnit;
    }

    /**
     * Plans the next statements of the transaction for the dates they are given: a plan made once for any dates (what
     * PostgreSQL switches to after five runs of a statement) reads every day of every unit, where the edges of one
     * period are a few days.
     */
    static void planForTheseDates(JdbcClient jdbc) {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /** Per month of the period (whole months): received (and of them online) and resolved early, on time and late. */
    List<MonthFigures> monthly(List<String> units, Period period) {
        return jdbc.sql("""
                select month, sum(received) as received,
                       coalesce(sum(received) filter (where channel = 'ONLINE'), 0) as online,
                       sum(early) as early, sum(on_time) as on_time, sum(late) as late
                from report_month where unit_code = any(:units) and month between :from and :to
                group by 1 order by 1""")
                .param("units", units.toArray(String[]::new)).param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to()))
                .query((rs, n) -> new MonthFigures(rs.getDate("month").toLocalDate(), rs.getLong("received"),
                        rs.getLong("online"), rs.getLong("early"), rs.getLong("on_time"), rs.getLong("late")))
                .list();
    }

    /**
     * Recomputes every rollup from the dossiers, in one snapshot while event listeners wait: what the snapshot saw is
     * marked applied, so an event arriving afterwards adds only what the rebuild did not see. The recount itself is
     * the database function the reporting migration defines. Returns the rollup rows written.
     */
    int rebuild() {
        jdbc.sql("lock table report_day, report_applied in exclusive mode").update();
        return jdbc.sql("select report_rollups_rebuild()").query(Long.class).single().intValue();
    }
}
