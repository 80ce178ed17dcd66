package vn.xaso.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Working calendars built without a database: statutory days plus the given schedule entries. */
final class TestCalendars {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private TestCalendars() {
    }

    static WorkingCalendar statutory(CalendarDay... entries) {
        return with(OfficeHours.DEFAULT, entries);
    }

    static WorkingCalendar with(OfficeHours hours, CalendarDay... entries) {
        Map<Integer, WorkingYear> years = new ConcurrentHashMap<>();
        return new WorkingCalendar(hours, year -> years.computeIfAbsent(year, y -> new WorkingYear(y,
                StatutoryHolidays.of(y), List.of(entries).stream().filter(d -> d.date().getYear() == y).toList())));
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(VIETNAM);
    }

    static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, VIETNAM).toString();
    }

    static CalendarDay workedSaturday(String date) {
        return new CalendarDay(LocalDate.parse(date), "Làm bù", DayKind.WORKING_DAY);
    }
}
