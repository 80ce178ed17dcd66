package vn.xaso.calendar;

import java.time.LocalDate;

/** A day that differs from an ordinary week: a holiday, a day off, or a worked weekend day. */
public record CalendarDay(LocalDate date, String name, DayKind kind) {
}
