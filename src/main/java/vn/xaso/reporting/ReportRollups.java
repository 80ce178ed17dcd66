package vn.xaso.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily rollups: counting a dossier's receipt or finish once, summing a period, and recomputing everything from
 * the dossiers' published facts.
 */
@Repository
class ReportRollups {

    /** A rollup column a dossier's event adds one to. */
    enum Count { RECEIVED, EARLY, ON_TIME, LATE, WITHDRAWN }

    private final JdbcClient jdbc;

    ReportRollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds one to {@code count} for the dossier's unit, field, channel and day, unless this dossier's receipt (or
     * finish) was counted already: a replayed or duplicated event changes nothing.
     */
    void add(String dossierCode, String unitCode, String field, String channel, LocalDate day, Count count) {
        String kind = count == Count.RECEIVED ? "RECEIVED" : "FINISHED";
        int applied = jdbc.sql("insert into report_applied (dossier_code, kind) values (?, ?) on conflict do nothing")
                .params(dossierCode, kind).update();
        if (applied == 0) {
            return;
        }
        String column = count.name().toLowerCase(Locale.ROOT);
        jdbc.sql("insert into report_day (unit_code, field, channel, day, " + column + ") values (?, ?, ?, ?, 1)"
                        + " on conflict (unit_code, day, field, channel) do update set " + column + " = report_day." + column + " + 1")
                .params(unitCode, field, channel, Date.valueOf(day)).update();
    }

    /**
     * Received, carried over and resolved for the units in a period, one line per key of the grouping (field or unit);
     * pending is left to be judged from the dossiers.
     */
    Map<String, Figures> sum(List<String> units, Period period, Grouping grouping) {
        Map<String, Figures> rows = new LinkedHashMap<>();
        var lines = jdbc.sql("""
                select %s as key,
                       coalesce(sum(received) filter (where day >= :from and channel = 'ONLINE'), 0) as online,
                       coalesce(sum(received) filter (where day >= :from and channel <> 'ONLINE'), 0) as direct,
                       coalesce(sum(received - early - on_time - late - withdrawn) filter (where day < :from), 0) as carried,
                       coalesce(sum(early) filter (where day >= :from), 0) as early,
                       coalesce(sum(on_time) filter (where day >= :from), 0) as on_time,
                       coalesce(sum(late) filter (where day >= :from), 0) as late,
                       coalesce(sum(withdrawn) filter (where day >= :from), 0) as withdrawn
                from report_day where unit_code = any(:units) and day <= :to
                group by 1 order by 1""".formatted(grouping.column))
                .param("units", units.toArray(String[]::new)).param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to()))
                .query((rs, n) -> Map.entry(rs.getString("key"), Figures.of(rs.getLong("online"), rs.getLong("direct"),
                        rs.getLong("carried"), rs.getLong("early"), rs.getLong("on_time"), rs.getLong("late"),
                        rs.getLong("withdrawn"), 0, 0)))
                .list();
        lines.stream().filter(line -> line.getValue().received().total() > 0)
                .forEach(line -> rows.put(line.getKey(), line.getValue()));
        return rows;
    }

    /** Per month of the period: received (and of them online) and resolved early, on time and late. */
    List<MonthFigures> monthly(List<String> units, Period period) {
        return jdbc.sql("""
                select date_trunc('month', day)::date as month, sum(received) as received,
                       sum(received) filter (where channel = 'ONLINE') as online,
                       sum(early) as early, sum(on_time) as on_time, sum(late) as late
                from report_day where unit_code = any(:units) and day between :from and :to
                group by 1 order by 1""")
                .param("units", units.toArray(String[]::new)).param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to()))
                .query((rs, n) -> new MonthFigures(rs.getDate("month").toLocalDate(), rs.getLong("received"), rs.getLong("online"),
                        rs.getLong("early"), rs.getLong("on_time"), rs.getLong("late")))
                .list();
    }

    /**
     * Recomputes every rollup from the dossiers, in one snapshot while event listeners wait: what the snapshot saw is
     * marked applied, so an event arriving afterwards adds only what the rebuild did not see.
     */
    int rebuild() {
        jdbc.sql("lock table report_day, report_applied in exclusive mode").update();
        jdbc.sql("delete from report_day").update();
        jdbc.sql("delete from report_applied").update();
        jdbc.sql("""
                insert into report_applied (dossier_code, kind)
                select code, 'RECEIVED' from dossier_facts where received_at is not null
                union all
                select code, 'FINISHED' from dossier_facts where received_at is not null and finished_at is not null""")
                .update();
        return jdbc.sql("""
                insert into report_day (unit_code, field, channel, day, received, early, on_time, late, withdrawn)
                select unit_code, field, channel, day, sum(received), sum(early), sum(on_time), sum(late), sum(withdrawn)
                from (select unit_code, field, channel, (received_at at time zone 'Asia/Ho_Chi_Minh')::date as day,
                             1 as received, 0 as early, 0 as on_time, 0 as late, 0 as withdrawn
                      from dossier_facts where received_at is not null
                      union all
                      select unit_code, field, channel, (finished_at at time zone 'Asia/Ho_Chi_Minh')::date, 0,
                             (outcome = 'EARLY')::int, (outcome = 'ON_TIME')::int, (outcome = 'LATE')::int,
                             (outcome = 'WITHDRAWN')::int
                      from dossier_facts where received_at is not null and finished_at is not null) facts
                group by unit_code, field, channel, day""").update();
    }
}
