package vn.xaso.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

/**
 * The default days off of a year under the Labour Code 2019, art. 112: 1/1; Tết (the last day of the
 * lunar year and the first four of the new one); Giỗ Tổ Hùng Vương (10/3 lunar); 30/4; 1/5; 2/9 and
 * one adjacent day (the one that joins the longer break with the weekend, the day after on a tie).
 * A holiday on a Saturday or Sunday gives a day off on the next working day.
 */
public final class StatutoryHolidays {

    private StatutoryHolidays() {
    }

    public static List<CalendarDay> of(int year) {
        List<CalendarDay> holidays = new ArrayList<>();
        holidays.add(holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch"));
        LocalDate tet = LunarCalendar.newYear(year);
        holidays.add(holiday(tet.minusDays(1), "Tết Nguyên đán (ngày cuối năm Âm lịch)"));
        for (int day = 1; day <= 4; day++) {
            holidays.add(holiday(tet.plusDays(day - 1), "Tết Nguyên đán (mùng " + day + ")"));
        }
        holidays.add(holiday(LunarCalendar.toSolar(new LunarDate(year, 3, 10, false)), "Giỗ Tổ Hùng Vương (10/3 Âm lịch)"));
        holidays.add(holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)"));
        holidays.add(holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)"));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        holidays.add(holiday(nationalDay, "Quốc khánh (2/9)"));
        holidays.add(holiday(nationalDayNeighbour(nationalDay), "Quốc khánh (ngày liền kề)"));
        holidays = mergeSameDay(holidays);
        holidays.addAll(compensations(holidays));
        holidays.sort(Comparator.comparing(CalendarDay::date));
        return List.copyOf(holidays);
    }

    /** Two holidays on one date (Giỗ Tổ can fall on 30/4 after a leap month) are one day off with both names. */
    private static List<CalendarDay> mergeSameDay(List<CalendarDay> holidays) {
        Map<LocalDate, CalendarDay> byDate = new TreeMap<>();
        for (CalendarDay day : holidays) {
            byDate.merge(day.date(), day, (a, b) -> new CalendarDay(a.date(), a.name() + "; " + b.name(), DayKind.HOLIDAY));
        }
        return new ArrayList<>(byDate.values());
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** 1/9 or 3/9: whichever makes the longer unbroken break with the weekend; 3/9 on a tie. */
    private static LocalDate nationalDayNeighbour(LocalDate nationalDay) {
        LocalDate before = nationalDay.minusDays(1);
        LocalDate after = nationalDay.plusDays(1);
        return breakLength(nationalDay, before) > breakLength(nationalDay, after) ? before : after;
    }

    private static int breakLength(LocalDate nationalDay, LocalDate extra) {
        Set<LocalDate> off = Set.of(nationalDay, extra);
        int length = 1;
        for (LocalDate day = nationalDay.minusDays(1); off.contains(day) || isWeekend(day); day = day.minusDays(1)) {
            length++;
        }
        for (LocalDate day = nationalDay.plusDays(1); off.contains(day) || isWeekend(day); day = day.plusDays(1)) {
            length++;
        }
        return length;
    }

    /** One day off on the next working day for each holiday that falls on a weekend, in order. */
    private static List<CalendarDay> compensations(List<CalendarDay> holidays) {
        Set<LocalDate> taken = new LinkedHashSet<>();
        holidays.forEach(day -> taken.add(day.date()));
        List<CalendarDay> compensations = new ArrayList<>();
        for (CalendarDay holiday : holidays) {
            if (isWeekend(holiday.date())) {
                LocalDate day = holiday.date().plusDays(1);
                while (isWeekend(day) || taken.contains(day)) {
                    day = day.plusDays(1);
                }
                taken.add(day);
                compensations.add(new CalendarDay(day, "Nghỉ bù " + holiday.name(), DayKind.DAY_OFF));
            }
        }
        return compensations;
    }

    private static CalendarDay holiday(LocalDate date, String name) {
        return new CalendarDay(date, name, DayKind.HOLIDAY);
    }
}
