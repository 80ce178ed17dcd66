package vn.xaso.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar: months start on the day (at UTC+7) of the astronomical new moon,
 * month 11 holds the winter solstice, and a leap year repeats the first month without a principal
 * solar term. This is Hồ Ngọc Đức's published method (new moons and solar longitude after Jean Meeus,
 * "Astronomical Algorithms"); computing at UTC+7 rather than UTC+8 is what makes Vietnam's Tết differ
 * from China's in some years (1985, 2007). Valid for at least 1900–2100.
 */
public final class LunarCalendar {

    private static final double TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double NEW_MOON_EPOCH = 2415021.076998695;
    private static final long JULIAN_DAY_OF_EPOCH = 2440588;

    private LunarCalendar() {
    }

    public static LunarDate toLunar(LocalDate date) {
        long dayNumber = julianDay(date);
        long k = (long) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        while (newMoonDay(k + 1) <= dayNumber) {
            k++;
        }
        while (newMoonDay(k) > dayNumber) {
            k--;
        }
        long monthStart = newMoonDay(k);
        int year = date.getYear();
        long a11 = lunarMonth11(year);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            a11 = lunarMonth11(year - 1);
        } else {
            lunarYear = year + 1;
            b11 = lunarMonth11(year + 1);
        }
        int day = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                month = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, month, day, leap);
    }

    /** The solar date of a lunar date; throws if that year has no such (leap) month. */
    public static LocalDate toSolar(LunarDate lunar) {
        long a11;
        long b11;
        if (lunar.month() < 11) {
            a11 = lunarMonth11(lunar.year() - 1);
            b11 = lunarMonth11(lunar.year());
        } else {
            a11 = lunarMonth11(lunar.year());
            b11 = lunarMonth11(lunar.year() + 1);
        }
        int offset = lunar.month() - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = leapOffset - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (lunar.leap() && lunar.month() != leapMonth) {
                throw new IllegalArgumentException("Lunar year " + lunar.year() + " has no leap month " + lunar.month());
            }
            if (lunar.leap() || offset >= leapOffset) {
                offset += 1;
            }
        } else if (lunar.leap()) {
            throw new IllegalArgumentException("Lunar year " + lunar.year() + " has no leap month");
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + offset);
        return fromJulianDay(monthStart + lunar.day() - 1);
    }

    /** The first day of the lunar year {@code year} (mùng 1 Tết). */
    public static LocalDate newYear(int year) {
        return toSolar(new LunarDate(year, 1, 1, false));
    }

    /** The month number that is repeated as a leap month in lunar year {@code year}, or 0 if none. */
    public static int leapMonth(int year) {
        int early = leapMonthOfWindow(year);
        if (early >= 1 && early <= 10) {
            return early;
        }
        int late = leapMonthOfWindow(year + 1);
        return late >= 11 ? late : 0;
    }

    /**
     * The leap month between month 11 of solar year {@code year - 1} and month 11 of {@code year}:
     * 11 or 12 belong to lunar year {@code year - 1}, 1 to 10 to lunar year {@code year}; 0 if none.
     */
    private static int leapMonthOfWindow(int year) {
        long a11 = lunarMonth11(year - 1);
        long b11 = lunarMonth11(year);
        if (b11 - a11 <= 365) {
            return 0;
        }
        int leapMonth = leapMonthOffset(a11) - 2;
        return leapMonth <= 0 ? leapMonth + 12 : leapMonth;
    }

    private static long julianDay(LocalDate date) {
        return date.toEpochDay() + JULIAN_DAY_OF_EPOCH;
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH);
    }

    /** The day of the k-th new moon since 1900-01-01, at UTC+7. */
    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** The sun's longitude at local midnight of a day, as one of 12 sectors (30° each). */
    private static int sunLongitudeSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** The day the lunar month 11 (the one with the winter solstice) begins, of solar year {@code year}. */
    private static long lunarMonth11(int year) {
        long offset = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(offset / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunLongitudeSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** Which month after month 11 is the first without a principal term, i.e. the leap month. */
    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** Julian day (fractional, TT corrected to UT) of the k-th new moon after 1900-01-01 (Meeus). */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** The sun's apparent longitude in radians, normalised to [0, 2π), at Julian day {@code jdn} (Meeus). */
    private static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }
}
