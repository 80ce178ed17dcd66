package vn.xaso.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One solar year of a unit's calendar: which days are worked, and the special days with their names. */
final class WorkingYear {

    final int year;
    final long firstDay;
    final long lastDay;
    private final boolean[] working;
    private final List<CalendarDay> specialDays;

    /** Statutory defaults, overridden date by date by the schedule entries (province first, then unit). */
    WorkingYear(int year, List<CalendarDay> defaults, Collection<CalendarDay> overrides) {
        this.year = year;
        LocalDate first = LocalDate.of(year, 1, 1);
        this.firstDay = first.toEpochDay();
        this.lastDay = LocalDate.of(year, 12, 31).toEpochDay();
        Map<LocalDate, CalendarDay> special = new TreeMap<>();
        defaults.stream().filter(day -> day.date().getYear() == year).forEach(day -> special.put(day.date(), day));
        overrides.forEach(day -> special.put(day.date(), day));
        this.working = new boolean[(int) (lastDay - firstDay + 1)];
        for (int i = 0; i < working.length; i++) {
            working[i] = !StatutoryHolidays.isWeekend(first.plusDays(i));
        }
        special.values().removeIf(day -> day.kind() == DayKind.WORKING_DAY && !StatutoryHolidays.isWeekend(day.date())
                && !defaults.stream().anyMatch(d -> d.date().equals(day.date())));
        for (CalendarDay day : special.values()) {
            working[(int) (day.date().toEpochDay() - firstDay)] = day.kind() == DayKind.WORKING_DAY;
        }
        this.specialDays = List.copyOf(special.values());
    }

    boolean isWorking(long epochDay) {
        return working[(int) (epochDay - firstDay)];
    }

    List<CalendarDay> specialDays() {
        return specialDays;
    }
}
