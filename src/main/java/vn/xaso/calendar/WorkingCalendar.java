package vn.xaso.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * A unit's working time and the deadline arithmetic on it. The clock runs only inside office hours of
 * working days, from the moment of receipt: after closing it starts the next working morning, in the
 * lunch break at the afternoon session. One working day is 8 working hours (office hours must add up to
 * that, in every season). Vietnam keeps UTC+7 all year, so local time is a fixed offset.
 */
public final class WorkingCalendar {

    static final int OFFSET_SECONDS = 7 * 3600;
    static final long WORKING_DAY_SECONDS = 8 * 3600L;
    private static final int DAY_SECONDS = 86400;

    private final NavigableMap<MonthDay, OfficeHours> seasons;
    private final int[][] sessions;
    private final MonthDay[] starts;
    private final IntFunction<WorkingYear> years;

    WorkingCalendar(OfficeHours hours, IntFunction<WorkingYear> years) {
        this(new TreeMap<>(Map.of(MonthDay.of(1, 1), hours)), years);
    }

    /** Seasonal hours: each season's hours apply from its first day until the next season starts (wrapping the year). */
    WorkingCalendar(NavigableMap<MonthDay, OfficeHours> seasons, IntFunction<WorkingYear> years) {
        if (seasons.isEmpty()) {
            throw new IllegalArgumentException("A calendar needs office hours");
        }
        this.seasons = Collections.unmodifiableNavigableMap(new TreeMap<>(seasons));
        this.starts = this.seasons.keySet().toArray(MonthDay[]::new);
        this.sessions = this.seasons.values().stream().map(OfficeHours::sessions).toArray(int[][]::new);
        this.years = years;
    }

    /** The office hours in force on a day. */
    public OfficeHours officeHours(LocalDate day) {
        Map.Entry<MonthDay, OfficeHours> season = seasons.floorEntry(MonthDay.from(day));
        return season != null ? season.getValue() : seasons.lastEntry().getValue();
    }

    /** Every season by its first day (a single season from 1 January when the hours never change). */
    public NavigableMap<MonthDay, OfficeHours> seasons() {
        return seasons;
    }

    /** The sessions of a local epoch day. */
    private int[] sessions(long epochDay) {
        if (sessions.length == 1) {
            return sessions[0];
        }
        MonthDay day = MonthDay.from(LocalDate.ofEpochDay(epochDay));
        for (int i = starts.length - 1; i >= 0; i--) {
            if (!day.isBefore(starts[i])) {
                return sessions[i];
            }
        }
        return sessions[sessions.length - 1];
    }

    public boolean isWorkingDay(LocalDate day) {
        return years.apply(day.getYear()).isWorking(day.toEpochDay());
    }

    /** The special days of a year: holidays, days off, worked weekend days. */
    public List<CalendarDay> specialDays(int year) {
        return years.apply(year).specialDays();
    }

    /** The instant a duration of working time, started at {@code from}, is used up. */
    public Instant due(Instant from, WorkingDuration duration) {
        if (duration.calendarDays() > 0) {
            return dueAfterCalendarDays(from, duration.calendarDays());
        }
        return duration.sameDay() ? dueSameDay(from) : addWorkingSeconds(from, duration.seconds());
    }

    /**
     * A time in calendar days ("30 Ngày"): the day of receipt is not counted, the time ends at the end of the last
     * day, and when that day is a day off, at the end of the next working day (Bộ luật Dân sự 2015, art. 147 § 2 and
     * art. 148 §§ 1 and 5). The end of a day is the unit's closing time: the result is handed over at the counter,
     * in office hours, like every other due time here.
     */
    public Instant dueAfterCalendarDays(Instant receivedAt, int days) {
        long day = Math.floorDiv(receivedAt.getEpochSecond() + OFFSET_SECONDS, DAY_SECONDS) + days;
        day = new Days().nextWorking(day);
        return instant(day, sessions(day)[3]);
    }

    /**
     * A same-day procedure: closing time that day when received on a working day before the cut-off,
     * otherwise closing time of the next working day.
     */
    public Instant dueSameDay(Instant receivedAt) {
        long local = receivedAt.getEpochSecond() + OFFSET_SECONDS;
        long day = Math.floorDiv(local, DAY_SECONDS);
        int second = (int) Math.floorMod(local, DAY_SECONDS);
        Days days = new Days();
        if (!days.isWorking(day) || second >= officeHours(LocalDate.ofEpochDay(day)).sameDayCutoff().toSecondOfDay()) {
            day = days.nextWorking(day + 1);
        }
        return instant(day, sessions(day)[3]);
    }

    /** The due instant moved later by the working time inside each paused interval (waiting for a supplement). */
    public Instant extend(Instant due, List<Interval> pauses) {
        long paused = 0;
        for (Interval pause : pauses) {
            paused += workingSecondsBetween(pause.start(), pause.end());
        }
        return addWorkingSeconds(due, paused);
    }

    /** Working time from {@code from} to {@code to}, less the working time inside the pauses. */
    public long elapsedSeconds(Instant from, Instant to, List<Interval> pauses) {
        long elapsed = workingSecondsBetween(from, to);
        for (Interval pause : pauses) {
            Instant start = pause.start().isBefore(from) ? from : pause.start();
            Instant end = pause.end().isAfter(to) ? to : pause.end();
            if (start.isBefore(end)) {
                elapsed -= workingSecondsBetween(start, end);
            }
        }
        return Math.max(0, elapsed);
    }

    /** Working seconds inside office hours between two instants (0 if {@code to} is not after {@code from}). */
    public long workingSecondsBetween(Instant from, Instant to) {
        long start = from.getEpochSecond() + OFFSET_SECONDS;
        long end = to.getEpochSecond() + OFFSET_SECONDS;
        if (end <= start) {
            return 0;
        }
        Days days = new Days();
        long total = 0;
        for (long day = Math.floorDiv(start, DAY_SECONDS); day <= Math.floorDiv(end, DAY_SECONDS); day++) {
            if (!days.isWorking(day)) {
                continue;
            }
            long dayStart = day * DAY_SECONDS;
            int[] today = sessions(day);
            for (int i = 0; i < 4; i += 2) {
                long a = Math.max(start, dayStart + today[i]);
                long b = Math.min(end, dayStart + today[i + 1]);
                if (b > a) {
                    total += b - a;
                }
            }
        }
        return total;
    }

    /** Timeliness of finishing at {@code finishedAt} against {@code due}: late after it, early before its day. */
    public static Timeliness timeliness(Instant finishedAt, Instant due) {
        if (finishedAt.isAfter(due)) {
            return Timeliness.LATE;
        }
        long finishDay = Math.floorDiv(finishedAt.getEpochSecond() + OFFSET_SECONDS, DAY_SECONDS);
        long dueDay = Math.floorDiv(due.getEpochSecond() + OFFSET_SECONDS, DAY_SECONDS);
        return finishDay < dueDay ? Timeliness.EARLY : Timeliness.ON_TIME;
    }

    private Instant addWorkingSeconds(Instant from, long seconds) {
        long local = from.getEpochSecond() + OFFSET_SECONDS;
        long day = Math.floorDiv(local, DAY_SECONDS);
        int second = (int) Math.floorMod(local, DAY_SECONDS);
        long remaining = seconds;
        if (remaining <= 0) {
            return from;
        }
        Days days = new Days();
        while (true) {
            if (days.isWorking(day)) {
                int[] today = sessions(day);
                int daySeconds = today[1] - today[0] + today[3] - today[2];
                if (second == 0 && remaining > daySeconds) {
                    remaining -= daySeconds;
                } else {
                    for (int i = 0; i < 4; i += 2) {
                        if (second >= today[i + 1]) {
                            continue;
                        }
                        int start = Math.max(second, today[i]);
                        int available = today[i + 1] - start;
                        if (remaining <= available) {
                            return instant(day, start + (int) remaining);
                        }
                        remaining -= available;
                    }
                }
            }
            day++;
            second = 0;
        }
    }

    private static Instant instant(long day, int secondOfDay) {
        return Instant.ofEpochSecond(day * DAY_SECONDS + secondOfDay - OFFSET_SECONDS);
    }

    /** Walks days, keeping the current year at hand so crossing days costs no lookups. */
    private final class Days {

        private WorkingYear year;

        boolean isWorking(long epochDay) {
            if (year == null || epochDay < year.firstDay || epochDay > year.lastDay) {
                year = years.apply(LocalDate.ofEpochDay(epochDay).getYear());
            }
            return year.isWorking(epochDay);
        }

        long nextWorking(long epochDay) {
            long day = epochDay;
            while (!isWorking(day)) {
                day++;
            }
            return day;
        }
    }
}
