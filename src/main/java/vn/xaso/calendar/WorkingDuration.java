package vn.xaso.calendar;

import java.math.BigDecimal;

/** A legal processing time: working days, working hours, or "same day" (trong ngày). */
public record WorkingDuration(long seconds, boolean sameDay) {

    public static WorkingDuration workingDays(BigDecimal days) {
        return new WorkingDuration(days.multiply(BigDecimal.valueOf(WorkingCalendar.WORKING_DAY_SECONDS)).longValue(), false);
    }

    public static WorkingDuration workingDays(int days) {
        return new WorkingDuration(days * WorkingCalendar.WORKING_DAY_SECONDS, false);
    }

    public static WorkingDuration workingHours(BigDecimal hours) {
        return new WorkingDuration(hours.multiply(BigDecimal.valueOf(3600)).longValue(), false);
    }

    public static WorkingDuration sameDayProcedure() {
        return new WorkingDuration(0, true);
    }

    public WorkingDuration {
        if (seconds < 0) {
            throw new IllegalArgumentException("A duration cannot be negative");
        }
    }
}
