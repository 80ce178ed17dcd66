package vn.xaso.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xaso.calendar.CalendarDay;
import vn.xaso.calendar.DayKind;
import vn.xaso.calendar.WorkingCalendar;

/** A month as weeks of days, Monday first, each day marked the way the calendar treats it. */
record MonthGrid(YearMonth month, List<List<Cell>> weeks) {

    /** One day: blank outside the month; {@code kind} is workday, weekend, holiday, dayoff or worked. */
    record Cell(LocalDate date, String kind, String name) {
    }

    static List<MonthGrid> year(int year, WorkingCalendar calendar, Map<LocalDate, CalendarDay> special) {
        List<MonthGrid> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(of(YearMonth.of(year, m), calendar, special));
        }
        return months;
    }

    private static MonthGrid of(YearMonth month, WorkingCalendar calendar, Map<LocalDate, CalendarDay> special) {
        List<List<Cell>> weeks = new ArrayList<>();
        List<Cell> week = new ArrayList<>();
        for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
            week.add(null);
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            CalendarDay day = special.get(date);
            week.add(new Cell(date, kind(date, day, calendar.isWorkingDay(date)), day == null ? null : day.name()));
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        return new MonthGrid(month, weeks);
    }

    private static String kind(LocalDate date, CalendarDay day, boolean working) {
        if (day != null && day.kind() == DayKind.HOLIDAY) {
            return "holiday";
        }
        if (day != null && day.kind() == DayKind.DAY_OFF) {
            return "dayoff";
        }
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        if (weekend) {
            return working ? "worked" : "weekend";
        }
        return working ? "workday" : "dayoff";
    }
}
