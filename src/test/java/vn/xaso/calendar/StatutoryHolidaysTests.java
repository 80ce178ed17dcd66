package vn.xaso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Labour Code's days off, with the adjacent day of 2/9 and compensation days, against real years. */
class StatutoryHolidaysTests {

    @Test
    void elevenHolidaysEveryYear() {
        for (int year = 2000; year <= 2060; year++) {
            assertThat(StatutoryHolidays.of(year).stream().filter(d -> d.kind() == DayKind.HOLIDAY))
                    .as("year %d", year).hasSizeBetween(10, 11);
        }
    }

    @Test
    void year2026() {
        assertThat(offDays(2026)).containsExactly(
                "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                "2026-04-26", "2026-04-27", // Giỗ Tổ on Sunday 26/4, compensated Monday 27/4
                "2026-04-30", "2026-05-01",
                "2026-09-02", "2026-09-03"); // 2/9 on Wednesday: a tie, so the day after
    }

    @Test
    void tetOnAWeekendIsCompensatedAfterTheBlock() {
        // Tết 2025: 28/1 (last day of the year) to 1/2 (Saturday) → Monday 3/2 off
        assertThat(offDays(2025)).contains("2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-03");
        assertThat(kindOf(2025, "2025-02-03")).isEqualTo(DayKind.DAY_OFF);
    }

    @Test
    void labourDayOnAWeekendIsCompensated() {
        // 2022: 30/4 Saturday and 1/5 Sunday → Monday 2/5 and Tuesday 3/5 (as the government announced)
        assertThat(offDays(2022)).contains("2022-04-30", "2022-05-01", "2022-05-02", "2022-05-03");
        // 2023: Giỗ Tổ Saturday 29/4, 30/4 Sunday, 1/5 Monday → 2/5 and 3/5 (as announced: 29/4–3/5)
        assertThat(offDays(2023)).contains("2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02", "2023-05-03");
        // 2023: 1/1 Sunday → Monday 2/1
        assertThat(offDays(2023)).contains("2023-01-01", "2023-01-02");
    }

    @ParameterizedTest(name = "{0}: 2/9 is a {1}, the adjacent day is {2}")
    @CsvSource({
            "2021, Thursday, 2021-09-03", // joins Friday to the weekend (as announced: 2–5/9)
            "2022, Friday, 2022-09-01", // Thursday 1/9 makes Thu–Sun (as announced: 1–4/9)
            "2023, Saturday, 2023-09-01", // Friday 1/9, plus Monday 4/9 for the Saturday (as announced)
            "2024, Monday, 2024-09-03", // Tuesday 3/9 makes Sat–Tue (as announced: 31/8–3/9)
            "2025, Tuesday, 2025-09-01", // Monday 1/9 makes Sat–Tue (as announced: 30/8–2/9)
            "2026, Wednesday, 2026-09-03", // a tie: the day after
            "2029, Sunday, 2029-09-03"})
    void nationalDayNeighbour(int year, String weekday, LocalDate expected) {
        assertThat(LocalDate.of(year, 9, 2).getDayOfWeek().toString()).isEqualToIgnoringCase(weekday);
        assertThat(kindOf(year, expected.toString())).isEqualTo(DayKind.HOLIDAY);
    }

    @Test
    void nationalDayOnASaturdayIsCompensatedOnMonday() {
        assertThat(kindOf(2023, "2023-09-04")).isEqualTo(DayKind.DAY_OFF);
        assertThat(kindOf(2029, "2029-09-04")).as("2/9/2029 is a Sunday: Monday is the adjacent day, Tuesday the compensation")
                .isEqualTo(DayKind.DAY_OFF);
    }

    @Test
    void tetFollowsTheVietnameseNotTheChineseCalendar() {
        assertThat(offDays(2007)).contains("2007-02-16", "2007-02-17", "2007-02-20");
        assertThat(offDays(1985)).contains("1985-01-20", "1985-01-21", "1985-01-24");
    }

    private static List<String> offDays(int year) {
        return StatutoryHolidays.of(year).stream().map(day -> day.date().toString()).toList();
    }

    private static DayKind kindOf(int year, String date) {
        return StatutoryHolidays.of(year).stream().filter(day -> day.date().toString().equals(date))
                .map(CalendarDay::kind).findFirst().orElse(null);
    }
}
