package vn.xaso.calendar.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.calendar.CalendarDay;
import vn.xaso.calendar.Calendars;
import vn.xaso.calendar.DayKind;
import vn.xaso.calendar.Interval;
import vn.xaso.calendar.OfficeHours;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.calendar.WorkingDuration;

/** Holidays and days off, administrators' schedule entries, office hours, and deadline arithmetic. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final Calendars calendars;
    private final CalendarScope scope;
    private final Clock clock;

    CalendarApi(Calendars calendars, CalendarScope scope, Clock clock) {
        this.calendars = calendars;
        this.scope = scope;
        this.clock = clock;
    }

    /** The days off of a year (defaults from the law and the lunar calendar, plus what administrators entered) and worked weekend days. */
    @GetMapping("/holidays")
    List<CalendarDay> holidays(@RequestParam int year, @RequestParam(required = false) String unit) {
        return scope.calendarFor(unit).specialDays(year).stream()
                .filter(day -> day.kind() != DayKind.WORKING_DAY || isWeekend(day.date()))
                .toList();
    }

    @PutMapping("/days/{date}")
    CalendarDay setDay(@PathVariable LocalDate date, @Valid @RequestBody DayEntry entry,
            @RequestParam(required = false) String unit) {
        String target = scope.administered(entry.unit() != null ? entry.unit() : unit);
        return calendars.setDay(target, new CalendarDay(date, entry.name().strip(), entry.kind()));
    }

    @DeleteMapping("/days/{date}")
    ResponseEntity<Void> clearDay(@PathVariable LocalDate date, @RequestParam(required = false) String unit) {
        if (!calendars.clearDay(scope.administered(unit), date)) {
            throw new NotFound("Calendar entry", date);
        }
        return ResponseEntity.noContent().build();
    }

    /** The office hours in force on {@code date} (default today), and every season of the unit's year. */
    @GetMapping("/office-hours")
    OfficeHoursView officeHours(@RequestParam(required = false) String unit, @RequestParam(required = false) LocalDate date) {
        WorkingCalendar calendar = scope.calendarFor(unit);
        LocalDate day = date != null ? date : LocalDate.now(clock.withZone(VIETNAM));
        List<Season> seasons = calendar.seasons().entrySet().stream()
                .map(e -> Season.of(Calendars.seasonKey(e.getKey()), e.getValue())).toList();
        String current = Calendars.seasonKey(calendar.seasons().floorKey(MonthDay.from(day)) != null
                ? calendar.seasons().floorKey(MonthDay.from(day)) : calendar.seasons().lastKey());
        return OfficeHoursView.of(calendar.officeHours(day), current, seasons);
    }

    /** Sets the hours of one season ({@code seasonStart} {@code MM-dd}; without it, hours for the whole year). */
    @PutMapping("/office-hours")
    OfficeHours setOfficeHours(@Valid @RequestBody OfficeHoursEntry entry, @RequestParam(required = false) String unit) {
        String target = scope.administered(entry.unit() != null ? entry.unit() : unit);
        OfficeHours hours;
        try {
            hours = new OfficeHours(entry.morningStart(), entry.morningEnd(), entry.afternoonStart(), entry.afternoonEnd(),
                    entry.sameDayCutoff(), entry.saturdayReception());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("morningEnd", "calendar.hours.order");
        }
        return calendars.setOfficeHours(target, season(entry.seasonStart()), hours);
    }

    @DeleteMapping("/office-hours/seasons/{seasonStart}")
    ResponseEntity<Void> clearSeason(@PathVariable String seasonStart, @RequestParam(required = false) String unit) {
        if (!calendars.clearOfficeHours(scope.administered(unit), season(seasonStart))) {
            throw new NotFound("Season", seasonStart);
        }
        return ResponseEntity.noContent().build();
    }

    private static MonthDay season(String start) {
        if (start == null || start.isBlank()) {
            return Calendars.FIRST_SEASON;
        }
        try {
            return MonthDay.parse("--" + start.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("seasonStart", "calendar.hours.season-format");
        }
    }

    /** Office hours in force, which season they belong to, and every season. */
    record OfficeHoursView(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart, LocalTime afternoonEnd,
            LocalTime sameDayCutoff, boolean saturdayReception, String seasonStart, List<Season> seasons) {

        static OfficeHoursView of(OfficeHours h, String seasonStart, List<Season> seasons) {
            return new OfficeHoursView(h.morningStart(), h.morningEnd(), h.afternoonStart(), h.afternoonEnd(),
                    h.sameDayCutoff(), h.saturdayReception(), seasonStart, seasons);
        }
    }

    /** One season's office hours, from its first day ({@code MM-dd}). */
    record Season(String seasonStart, LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
            LocalTime afternoonEnd, LocalTime sameDayCutoff, boolean saturdayReception) {

        static Season of(String start, OfficeHours h) {
            return new Season(start, h.morningStart(), h.morningEnd(), h.afternoonStart(), h.afternoonEnd(),
                    h.sameDayCutoff(), h.saturdayReception());
        }
    }

    /** When a duration of working time started at {@code from} is used up in the unit's calendar. */
    @PostMapping("/due")
    Due due(@Valid @RequestBody DueRequest request) {
        WorkingCalendar calendar = scope.calendarFor(request.unit());
        Instant due = calendar.due(request.from().toInstant(), request.duration());
        return new Due(due.atOffset(VIETNAM), request.unit());
    }

    /** Working time between two instants, less pauses, and how a finish at {@code to} compares with {@code due}. */
    @PostMapping("/elapsed")
    Elapsed elapsed(@Valid @RequestBody ElapsedRequest request) {
        WorkingCalendar calendar = scope.calendarFor(request.unit());
        List<Interval> pauses = new ArrayList<>();
        for (Pause pause : request.pauses() == null ? List.<Pause>of() : request.pauses()) {
            if (pause.end().isBefore(pause.start())) {
                throw new InvalidInput("pauses", "calendar.pause.order");
            }
            pauses.add(new Interval(pause.start().toInstant(), pause.end().toInstant()));
        }
        long seconds = calendar.elapsedSeconds(request.from().toInstant(), request.to().toInstant(), pauses);
        Instant extendedDue = request.due() == null ? null : calendar.extend(request.due().toInstant(), pauses);
        return new Elapsed(seconds / 60, extendedDue == null ? null : extendedDue.atOffset(VIETNAM),
                extendedDue == null ? null : WorkingCalendar.timeliness(request.to().toInstant(), extendedDue).name());
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek().getValue() >= 6;
    }

    record DayEntry(@NotNull DayKind kind, @NotBlank @Size(max = 200) String name, @Size(max = 13) String unit) {
    }

    record OfficeHoursEntry(@NotNull @Schema(format = "time") LocalTime morningStart,
            @NotNull @Schema(format = "time") LocalTime morningEnd,
            @NotNull @Schema(format = "time") LocalTime afternoonStart,
            @NotNull @Schema(format = "time") LocalTime afternoonEnd,
            @NotNull @Schema(format = "time") LocalTime sameDayCutoff, boolean saturdayReception, @Size(max = 13) String unit,
            @Size(max = 5) @Schema(example = "04-15") String seasonStart) {
    }

    record DueRequest(@Size(max = 13) String unit, @NotNull OffsetDateTime from,
            @DecimalMin("0") @DecimalMax("1000") BigDecimal workingDays,
            @DecimalMin("0") @DecimalMax("8000") BigDecimal workingHours, Boolean sameDay) {

        WorkingDuration duration() {
            int given = (workingDays != null ? 1 : 0) + (workingHours != null ? 1 : 0) + (Boolean.TRUE.equals(sameDay) ? 1 : 0);
            if (given != 1) {
                throw new InvalidInput("workingDays", "calendar.duration.one");
            }
            if (workingDays != null) {
                return WorkingDuration.workingDays(workingDays);
            }
            return workingHours != null ? WorkingDuration.workingHours(workingHours) : WorkingDuration.sameDayProcedure();
        }
    }

    record Due(OffsetDateTime due, String unit) {
    }

    record Pause(@NotNull OffsetDateTime start, @NotNull OffsetDateTime end) {
    }

    record ElapsedRequest(@Size(max = 13) String unit, @NotNull OffsetDateTime from, @NotNull OffsetDateTime to,
            OffsetDateTime due, @Size(max = 100) List<@NotNull @Valid Pause> pauses) {
    }

    record Elapsed(long workingMinutes, OffsetDateTime due, String timeliness) {
    }
}
