package vn.xaso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xaso.calendar.TestCalendars.at;
import static vn.xaso.calendar.TestCalendars.local;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadline arithmetic, case by case, in the default office hours (07:00–11:30, 13:30–17:00) and the statutory calendar. */
class WorkingCalendarTests {

    private final WorkingCalendar calendar = TestCalendars.statutory(
            TestCalendars.workedSaturday("2026-01-10"),
            new CalendarDay(LocalDate.parse("2026-02-13"), "Nghỉ thêm trước Tết", DayKind.DAY_OFF));

    @ParameterizedTest(name = "from {0} + {1} working hours → {2}")
    @CsvSource({
            // the clock runs inside office hours only
            "2026-11-23T07:00, 8, 2026-11-23T17:00",
            "2026-11-23T07:00, 4.5, 2026-11-23T11:30",
            "2026-11-23T11:00, 1, 2026-11-23T14:00",
            "2026-11-23T10:15:30, 0.5, 2026-11-23T10:45:30",
            // before opening, in the lunch break, after closing
            "2026-11-23T06:00, 8, 2026-11-23T17:00",
            "2026-11-23T12:00, 1, 2026-11-23T14:30",
            "2026-11-23T11:30, 1, 2026-11-23T14:30",
            "2026-11-23T17:00, 1, 2026-11-24T08:00",
            "2026-11-23T17:30, 1, 2026-11-24T08:00",
            "2026-11-23T23:59, 8, 2026-11-24T17:00",
            // weekends
            "2026-11-27T16:30, 8, 2026-11-30T16:30",
            "2026-11-28T10:00, 1, 2026-11-30T08:00",
            "2026-11-29T23:00, 3, 2026-11-30T10:00",
            "2026-11-27T16:00, 24, 2026-12-02T16:00",
            // 30/4 (Thursday) and 1/5 (Friday) 2026, then the weekend
            "2026-04-29T10:00, 24, 2026-05-06T10:00",
            "2026-04-29T16:00, 2, 2026-05-04T08:00",
            // Tết 2026: the extra day 13/2, then 16/2–20/2, then the weekend
            "2026-02-12T16:00, 8, 2026-02-23T16:00",
            "2026-02-13T09:00, 1, 2026-02-23T08:00",
            // 2/9 (Wednesday) and 3/9 2026
            "2026-09-01T09:00, 8, 2026-09-04T09:00",
            // a Saturday worked to bridge a holiday counts like a weekday
            "2026-01-09T16:00, 2, 2026-01-10T08:00",
            // year boundary: 1/1/2027 is a Friday
            "2026-12-31T15:00, 8, 2027-01-04T15:00",
            // Giỗ Tổ 2023 Saturday 29/4 (after leap month 2), 30/4 Sunday, 1/5 Monday, compensated 2/5 and 3/5
            "2023-04-28T16:00, 2, 2023-05-04T08:00",
            // ten working days across a month
            "2026-11-23T07:00, 80, 2026-12-04T17:00"})
    void dueAfterWorkingHours(String from, BigDecimal hours, String expected) {
        assertThat(local(calendar.due(at(from), WorkingDuration.workingHours(hours)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "from {0} + {1} working days → {2}")
    @CsvSource({
            "2026-11-27T16:30, 1, 2026-11-30T16:30",
            "2026-11-23T08:00, 3, 2026-11-26T08:00",
            "2026-11-23T07:00, 3, 2026-11-25T17:00",
            "2026-11-23T12:45, 3, 2026-11-26T11:30",
            "2026-11-23T08:00, 0.5, 2026-11-23T14:00",
            "2026-11-23T08:00, 0, 2026-11-23T08:00",
            "2026-12-31T09:00, 10, 2027-01-15T09:00"})
    void dueAfterWorkingDays(String from, BigDecimal days, String expected) {
        assertThat(local(calendar.due(at(from), WorkingDuration.workingDays(days)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "same-day procedure received {0} → due {1}")
    @CsvSource({
            "2026-11-23T06:30, 2026-11-23T17:00",
            "2026-11-23T14:59:59, 2026-11-23T17:00",
            "2026-11-23T15:00, 2026-11-24T17:00",
            "2026-11-23T16:45, 2026-11-24T17:00",
            "2026-11-27T15:30, 2026-11-30T17:00",
            "2026-11-28T09:00, 2026-11-30T17:00",
            "2026-02-12T15:30, 2026-02-23T17:00",
            "2026-04-29T16:00, 2026-05-04T17:00",
            "2026-01-10T08:00, 2026-01-10T17:00"})
    void sameDay(String received, String expected) {
        assertThat(local(calendar.due(at(received), WorkingDuration.sameDayProcedure()))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "received {0}, {1} calendar days → {2}")
    @CsvSource({
            // the day of receipt is not counted; the time ends at the close of the last day (BLDS 2015 art. 147, 148)
            "2026-11-23T09:00, 10, 2026-12-03T17:00",
            "2026-11-23T16:59, 1, 2026-11-24T17:00",
            "2026-11-23T18:00, 1, 2026-11-24T17:00",
            // the last day a Saturday or Sunday: the next working day
            "2026-11-23T09:00, 5, 2026-11-30T17:00",
            "2026-11-23T09:00, 6, 2026-11-30T17:00",
            // the last day in Tết 2026 (13/2 and 16/2–20/2 off): Monday 23/2
            "2026-02-05T10:00, 11, 2026-02-23T17:00",
            // counting runs through days off: 45 days from 29/4/2026 is Saturday 13/6, so Monday 15/6
            "2026-04-29T10:00, 45, 2026-06-15T17:00",
            // a worked Saturday is a working day to end on
            "2026-01-03T10:00, 7, 2026-01-10T17:00"})
    void calendarDays(String received, int days, String expected) {
        assertThat(local(calendar.due(at(received), WorkingDuration.calendarDays(days)))).isEqualTo(expected);
    }

    @Test
    void aPauseMovesTheDueTimeByTheWorkingTimeItTook() {
        // paused Monday 09:00 to Tuesday 09:00: 2.5 + 3.5 + 2 = 8 working hours
        List<Interval> pauses = List.of(new Interval(at("2026-11-23T09:00"), at("2026-11-24T09:00")));
        assertThat(local(calendar.extend(at("2026-11-25T10:00"), pauses))).isEqualTo("2026-11-26T10:00");
        // a pause over a weekend costs only its working hours
        List<Interval> weekend = List.of(new Interval(at("2026-11-27T16:00"), at("2026-11-30T08:00")));
        assertThat(local(calendar.extend(at("2026-12-01T10:00"), weekend))).isEqualTo("2026-12-01T14:00");
    }

    @Test
    void elapsedWorkingTimeLeavesOutPausesNightsAndHolidays() {
        assertThat(calendar.workingSecondsBetween(at("2026-11-23T07:00"), at("2026-11-25T07:00"))).isEqualTo(16 * 3600);
        List<Interval> pauses = List.of(new Interval(at("2026-11-23T09:00"), at("2026-11-24T09:00")));
        assertThat(calendar.elapsedSeconds(at("2026-11-23T07:00"), at("2026-11-25T07:00"), pauses)).isEqualTo(8 * 3600);
        assertThat(calendar.workingSecondsBetween(at("2026-04-29T17:00"), at("2026-05-04T07:00"))).isZero();
        assertThat(calendar.workingSecondsBetween(at("2026-11-25T07:00"), at("2026-11-23T07:00"))).isZero();
    }

    @ParameterizedTest(name = "finished {0}, due {1} → {2}")
    @CsvSource({
            "2026-11-24T10:00, 2026-11-25T10:00, EARLY",
            "2026-11-25T07:00, 2026-11-25T10:00, ON_TIME",
            "2026-11-25T10:00, 2026-11-25T10:00, ON_TIME",
            "2026-11-25T10:00:01, 2026-11-25T10:00, LATE",
            "2026-11-26T08:00, 2026-11-25T17:00, LATE"})
    void timeliness(String finished, String due, Timeliness expected) {
        assertThat(WorkingCalendar.timeliness(at(finished), at(due))).isEqualTo(expected);
    }

    @Test
    void aUnitWithOtherOfficeHoursCountsItsOwnSessions() {
        OfficeHours early = new OfficeHours(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 0),
                LocalTime.of(17, 0), LocalTime.of(15, 30), true);
        WorkingCalendar unit = TestCalendars.with(early);
        assertThat(local(unit.due(at("2026-11-23T07:00"), WorkingDuration.workingHours(BigDecimal.ONE)))).isEqualTo("2026-11-23T08:30");
        assertThat(local(unit.due(at("2026-11-23T11:45"), WorkingDuration.workingHours(BigDecimal.ONE)))).isEqualTo("2026-11-23T14:00");
        assertThat(local(unit.due(at("2026-11-23T15:15"), WorkingDuration.sameDayProcedure()))).isEqualTo("2026-11-23T17:00");
    }

    @Test
    void aDueTimeNeverFallsOnADayOff() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
            for (int hours : new int[] {1, 8, 24, 80}) {
                var due = calendar.due(at(day + "T10:00"), WorkingDuration.workingHours(BigDecimal.valueOf(hours)));
                LocalDate dueDay = LocalDate.parse(local(due).substring(0, 10));
                assertThat(calendar.isWorkingDay(dueDay)).as("due %s from %s", due, day).isTrue();
            }
        }
    }
}
