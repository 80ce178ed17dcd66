package vn.xaso.calendar;

import java.time.LocalTime;

/**
 * When a unit works: a morning and an afternoon session on working days, the same-day cut-off, and
 * whether it also receives dossiers on Saturday mornings (reception only: deadlines do not run then).
 */
public record OfficeHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
        LocalTime afternoonEnd, LocalTime sameDayCutoff, boolean saturdayReception) {

    public static final OfficeHours DEFAULT = new OfficeHours(LocalTime.of(7, 0), LocalTime.of(11, 30),
            LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(15, 0), false);

    public OfficeHours {
        if (!morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart)
                || !afternoonStart.isBefore(afternoonEnd)) {
            throw new IllegalArgumentException("Office hours must be a morning then an afternoon session");
        }
    }

    /** Working time of one day: a working day is 8 working hours, so the sessions must add up to that. */
    public long workingSeconds() {
        int[] s = sessions();
        return s[1] - s[0] + s[3] - s[2];
    }

    /** The sessions as [start, end) seconds of the day, for the arithmetic. */
    int[] sessions() {
        return new int[] {morningStart.toSecondOfDay(), morningEnd.toSecondOfDay(),
                afternoonStart.toSecondOfDay(), afternoonEnd.toSecondOfDay()};
    }
}
