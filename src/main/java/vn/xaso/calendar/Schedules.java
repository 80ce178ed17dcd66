package vn.xaso.calendar;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The schedule entries and office hours entered by administrators, per scope (unit or province code). */
@Repository
class Schedules {

    private final JdbcClient jdbc;

    Schedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarDay> entries(String scope, int year) {
        return jdbc.sql("select day, name, kind from calendar_day where scope = ? and day between ? and ? order by day")
                .params(scope, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((rs, row) -> new CalendarDay(rs.getDate("day").toLocalDate(), rs.getString("name"),
                        DayKind.valueOf(rs.getString("kind"))))
                .list();
    }

    Optional<CalendarDay> entry(String scope, LocalDate day) {
        return jdbc.sql("select day, name, kind from calendar_day where scope = ? and day = ?")
                .params(scope, Date.valueOf(day))
                .query((rs, row) -> new CalendarDay(rs.getDate("day").toLocalDate(), rs.getString("name"),
                        DayKind.valueOf(rs.getString("kind"))))
                .optional();
    }

    void put(String scope, CalendarDay day) {
        jdbc.sql("""
                insert into calendar_day (scope, day, kind, name) values (?, ?, ?, ?)
                on conflict (scope, day) do update set kind = excluded.kind, name = excluded.name""")
                .params(scope, Date.valueOf(day.date()), day.kind().name(), day.name()).update();
    }

    boolean remove(String scope, LocalDate day) {
        return jdbc.sql("delete from calendar_day where scope = ? and day = ?").params(scope, Date.valueOf(day)).update() > 0;
    }

    /** The scope's own office hours by season (empty when it inherits them). */
    NavigableMap<MonthDay, OfficeHours> officeHours(String scope) {
        NavigableMap<MonthDay, OfficeHours> seasons = new TreeMap<>();
        jdbc.sql("""
                select season_start, morning_start, morning_end, afternoon_start, afternoon_end, same_day_cutoff,
                       saturday_reception
                from office_hours where scope = ?""")
                .param(scope)
                .query((rs, row) -> seasons.put(MonthDay.parse("--" + rs.getString(1)),
                        new OfficeHours(rs.getTime(2).toLocalTime(), rs.getTime(3).toLocalTime(), rs.getTime(4).toLocalTime(),
                                rs.getTime(5).toLocalTime(), rs.getTime(6).toLocalTime(), rs.getBoolean(7))))
                .list();
        return seasons;
    }

    void putOfficeHours(String scope, MonthDay season, OfficeHours hours) {
        jdbc.sql("""
                insert into office_hours (scope, season_start, morning_start, morning_end, afternoon_start, afternoon_end,
                                          same_day_cutoff, saturday_reception)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (scope, season_start) do update set morning_start = excluded.morning_start,
                    morning_end = excluded.morning_end, afternoon_start = excluded.afternoon_start,
                    afternoon_end = excluded.afternoon_end, same_day_cutoff = excluded.same_day_cutoff,
                    saturday_reception = excluded.saturday_reception""")
                .params(scope, Calendars.seasonKey(season), Time.valueOf(hours.morningStart()), Time.valueOf(hours.morningEnd()),
                        Time.valueOf(hours.afternoonStart()), Time.valueOf(hours.afternoonEnd()),
                        Time.valueOf(hours.sameDayCutoff()), hours.saturdayReception())
                .update();
    }

    boolean removeOfficeHours(String scope, MonthDay season) {
        return jdbc.sql("delete from office_hours where scope = ? and season_start = ?")
                .params(scope, Calendars.seasonKey(season)).update() > 0;
    }
}
