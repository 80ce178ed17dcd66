package vn.xaso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lunar calendar against published dates. Tết dates: the Lunar New Year dates as published (e.g.
 * Wikipedia, "Chinese New Year" / "Tết" date tables), which agree between Vietnam and China except in
 * the well-known years when the new moon falls between midnight UTC+7 and midnight UTC+8: 1968, 1969,
 * 1985, 2007 and 2030, where Vietnam's date is the one given here.
 */
class LunarCalendarTests {

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
            "1968, 1968-01-29", "1969, 1969-02-16", "1970, 1970-02-06", "1971, 1971-01-27", "1972, 1972-02-15",
            "1973, 1973-02-03", "1974, 1974-01-23", "1975, 1975-02-11", "1976, 1976-01-31", "1977, 1977-02-18",
            "1978, 1978-02-07", "1979, 1979-01-28", "1980, 1980-02-16", "1981, 1981-02-05", "1982, 1982-01-25",
            "1983, 1983-02-13", "1984, 1984-02-02", "1985, 1985-01-21", "1986, 1986-02-09", "1987, 1987-01-29",
            "1988, 1988-02-17", "1989, 1989-02-06", "1990, 1990-01-27", "1991, 1991-02-15", "1992, 1992-02-04",
            "1993, 1993-01-23", "1994, 1994-02-10", "1995, 1995-01-31", "1996, 1996-02-19", "1997, 1997-02-07",
            "1998, 1998-01-28", "1999, 1999-02-16", "2000, 2000-02-05", "2001, 2001-01-24", "2002, 2002-02-12",
            "2003, 2003-02-01", "2004, 2004-01-22", "2005, 2005-02-09", "2006, 2006-01-29", "2007, 2007-02-17",
            "2008, 2008-02-07", "2009, 2009-01-26", "2010, 2010-02-14", "2011, 2011-02-03", "2012, 2012-01-23",
            "2013, 2013-02-10", "2014, 2014-01-31", "2015, 2015-02-19", "2016, 2016-02-08", "2017, 2017-01-28",
            "2018, 2018-02-16", "2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01",
            "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
            "2028, 2028-01-26", "2029, 2029-02-13", "2030, 2030-02-02", "2031, 2031-01-23", "2032, 2032-02-11",
            "2033, 2033-01-31", "2034, 2034-02-19", "2035, 2035-02-08", "2036, 2036-01-28", "2037, 2037-02-15",
            "2038, 2038-02-04", "2039, 2039-01-24", "2040, 2040-02-12"})
    void tet(int year, LocalDate expected) {
        assertThat(LunarCalendar.newYear(year)).isEqualTo(expected);
        assertThat(LunarCalendar.toLunar(expected)).isEqualTo(new LunarDate(year, 1, 1, false));
        assertThat(LunarCalendar.toLunar(expected.minusDays(1)).year()).isEqualTo(year - 1);
        assertThat(LunarCalendar.toLunar(expected.minusDays(1)).month()).isEqualTo(12);
    }

    @ParameterizedTest(name = "{0} is {1}/{2}/{3} lunar (leap: {4})")
    @CsvSource({
            // Giỗ Tổ Hùng Vương, 10/3 lunar, as announced each year
            "2019-04-14, 2019, 3, 10, false", "2020-04-02, 2020, 3, 10, false", "2021-04-21, 2021, 3, 10, false",
            "2022-04-10, 2022, 3, 10, false", "2023-04-29, 2023, 3, 10, false", "2024-04-18, 2024, 3, 10, false",
            "2025-04-07, 2025, 3, 10, false", "2026-04-26, 2026, 3, 10, false",
            // Mid-autumn, 15/8 lunar
            "2022-09-10, 2022, 8, 15, false", "2023-09-29, 2023, 8, 15, false", "2024-09-17, 2024, 8, 15, false",
            "2025-10-06, 2025, 8, 15, false",
            // first days of leap months: 2/2023, 6/2025, 4/2020, 6/2017
            "2023-03-22, 2023, 2, 1, true", "2025-07-25, 2025, 6, 1, true", "2020-05-23, 2020, 4, 1, true",
            "2017-07-23, 2017, 6, 1, true",
            // the regular month after a leap month
            "2023-04-20, 2023, 3, 1, false", "2025-08-23, 2025, 7, 1, false"})
    void knownLunarDates(LocalDate solar, int year, int month, int day, boolean leap) {
        LunarDate lunar = new LunarDate(year, month, day, leap);
        assertThat(LunarCalendar.toLunar(solar)).isEqualTo(lunar);
        assertThat(LunarCalendar.toSolar(lunar)).isEqualTo(solar);
    }

    @ParameterizedTest(name = "lunar year {0} repeats month {1}")
    @CsvSource({"2017, 6", "2020, 4", "2023, 2", "2025, 6", "2028, 5", "2024, 0", "2026, 0", "2033, 11"})
    void leapMonths(int year, int month) {
        assertThat(LunarCalendar.leapMonth(year)).isEqualTo(month);
    }

    @Test
    void everyDayFrom1900To2100RoundTrips() {
        LocalDate end = LocalDate.of(2100, 12, 31);
        LunarDate previous = null;
        for (LocalDate day = LocalDate.of(1900, 2, 1); !day.isAfter(end); day = day.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(day);
            assertThat(LunarCalendar.toSolar(lunar)).as("round trip of %s (%s)", day, lunar).isEqualTo(day);
            if (previous != null && lunar.day() != 1) {
                assertThat(lunar.day()).as("days follow each other at %s", day).isEqualTo(previous.day() + 1);
            }
            assertThat(lunar.day()).isLessThanOrEqualTo(30);
            previous = lunar;
        }
    }

    @Test
    void aLeapMonthThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2024, 5, 1, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Integer> years() {
        return Stream.iterate(1901, y -> y <= 2100, y -> y + 1);
    }

    @ParameterizedTest
    @MethodSource("years")
    void everyYearHasItsNewYearBetween21JanuaryAnd20February(int year) {
        LocalDate tet = LunarCalendar.newYear(year);
        assertThat(tet).isBetween(LocalDate.of(year, 1, 20), LocalDate.of(year, 2, 21));
    }
}
