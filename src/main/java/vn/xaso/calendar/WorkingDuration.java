package vn.xaso.calendar;

import java.math.BigDecimal;

/**
 * A legal processing time: working days or hours ({@code seconds} of working time), "same day" (trong ngày), or
 * calendar days ({@code calendarDays}: "30 Ngày" without "làm việc" counts every day, see
 * {@link WorkingCalendar#dueAfterCalendarDays}).
 */
public record WorkingDuration(long seconds, boolean sameDay, int calendarDays) {

    public WorkingDuration(long seconds, boolean sameDay) {
        this(seconds, sameDay, 0);
    }

    /** Far beyond any processing time the law sets (those are days or months): keeps the arithmetic exact. */
    public static final int MAX_WORKING_DAYS = 1000;

    public static WorkingDuration workingDays(BigDecimal days) {
        return bounded(days.multiply(BigDecimal.valueOf(WorkingCalendar.WORKING_DAY_SECONDS)), "workingDays");
    }

    public static WorkingDuration workingDays(int days) {
        return new WorkingDuration(days * WorkingCalendar.WORKING_DAY_SECONDS, false);
    }

    public static WorkingDuration workingHours(BigDecimal hours) {
        return bounded(hours.multiply(BigDecimal.valueOf(3600)), "workingHours");
    }

    private static WorkingDuration bounded(BigDecimal seconds, String field) {
        if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf((long) MAX_WORKING_DAYS * WorkingCalendar.WORKING_DAY_SECONDS)) > 0) {
            // the API's bounds (@DecimalMax) refuse such input first, naming the field
            throw new IllegalArgumentException(field + " must be between 0 and " + MAX_WORKING_DAYS + " working days");
        }
        return new WorkingDuration(seconds.longValue(), false);
    }

    public static WorkingDuration sameDayProcedure() {
        return new WorkingDuration(0, true);
    }

    /** Far beyond any time the law sets in calendar days (those are days or months). */
    public static final int MAX_CALENDAR_DAYS = 3000;

    public static WorkingDuration calendarDays(int days) {
        if (days <= 0 || days > MAX_CALENDAR_DAYS) {
            // the API's bounds (@DecimalMax) refuse such input first, naming the field
            throw new IllegalArgumentException("calendarDays must be between 1 and " + MAX_CALENDAR_DAYS);
        }
        return new WorkingDuration(0, false, days);
    }

    public WorkingDuration {
        if (seconds < 0 || calendarDays < 0) {
            throw new IllegalArgumentException("A duration cannot be negative");
        }
    }
}
