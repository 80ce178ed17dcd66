package vn.xaso.calendar.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.xaso.api.InvalidInput;
import vn.xaso.calendar.CalendarDay;
import vn.xaso.calendar.Calendars;
import vn.xaso.calendar.DayKind;
import vn.xaso.calendar.OfficeHours;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.calendar.WorkingDuration;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;
import vn.xaso.organization.UnitQuery;

/**
 * The administrator's year view of a unit's calendar: twelve month grids, a click on a day to change it,
 * the office hours, and "received now → due at" previews so the effect of a change is visible at once.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarPages {

    private final Calendars calendars;
    private final CalendarScope scope;
    private final CurrentUser currentUser;
    private final Organization organization;

    private final Clock clock;

    CalendarPages(Calendars calendars, CalendarScope scope, CurrentUser currentUser, Organization organization,
            Clock clock) {
        this.clock = clock;
        this.calendars = calendars;
        this.scope = scope;
        this.currentUser = currentUser;
        this.organization = organization;
    }

    @GetMapping
    String year(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
            @RequestParam(required = false) Integer days, Model model) {
        String code = scope.administered(unit);
        int shown = year != null ? year : date != null ? date.getYear() : LocalDate.now(Organization.ZONE).getYear();
        WorkingCalendar calendar = calendars.forUnit(code);
        Map<LocalDate, CalendarDay> special = new LinkedHashMap<>();
        calendar.specialDays(shown).forEach(day -> special.put(day.date(), day));
        Map<LocalDate, CalendarDay> own = new LinkedHashMap<>();
        calendars.entries(code, shown).forEach(day -> own.put(day.date(), day));

        model.addAttribute("unit", organization.requireUnit(code));
        model.addAttribute("units", administeredUnits(currentUser.get()));
        model.addAttribute("year", shown);
        model.addAttribute("months", MonthGrid.year(shown, calendar, special));
        model.addAttribute("special", special.values());
        model.addAttribute("hours", calendar.officeHours(LocalDate.now(clock.withZone(Organization.ZONE))));
        model.addAttribute("seasons", calendar.seasons().entrySet().stream()
                .collect(Collectors.toMap(e -> Calendars.seasonKey(e.getKey()), Map.Entry::getValue, (a, b) -> a,
                        LinkedHashMap::new)).entrySet());
        model.addAttribute("kinds", DayKind.values());
        if (date != null) {
            model.addAttribute("date", date);
            model.addAttribute("current", special.get(date));
            model.addAttribute("own", own.get(date));
            model.addAttribute("working", calendar.isWorkingDay(date));
        }
        model.addAttribute("previews", previews(calendar, Instant.now()));
        if (from != null && days != null) {
            if (days < 0 || days > 365) {
                throw new InvalidInput("days", "calendar.days.range");
            }
            Instant start = from.atZone(Organization.ZONE).toInstant();
            model.addAttribute("custom", new Preview(days + "", LocalDateTime.ofInstant(start, Organization.ZONE),
                    LocalDateTime.ofInstant(calendar.due(start, WorkingDuration.workingDays(days)), Organization.ZONE)));
        }
        model.addAttribute("from", from != null ? from : LocalDateTime.now(Organization.ZONE).withSecond(0).withNano(0));
        model.addAttribute("days", days != null ? days : 3);
        return "calendar/year";
    }

    @PostMapping("/day")
    String setDay(@RequestParam String unit, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam String kind, @RequestParam(required = false) String name, RedirectAttributes redirect) {
        String code = scope.administered(unit);
        if ("DEFAULT".equals(kind)) {
            calendars.clearDay(code, date);
        } else {
            String label = name == null || name.isBlank() ? defaultName(DayKind.valueOf(kind)) : name.strip();
            calendars.setDay(code, new CalendarDay(date, label, DayKind.valueOf(kind)));
        }
        redirect.addFlashAttribute("saved", date);
        return "redirect:" + page(code, date);
    }

    @PostMapping("/office-hours")
    String setOfficeHours(@RequestParam String unit, @RequestParam LocalTime morningStart, @RequestParam LocalTime morningEnd,
            @RequestParam LocalTime afternoonStart, @RequestParam LocalTime afternoonEnd,
            @RequestParam LocalTime sameDayCutoff, @RequestParam(defaultValue = "false") boolean saturdayReception,
            @RequestParam(defaultValue = "01/01") String season, RedirectAttributes redirect) {
        String code = scope.administered(unit);
        try {
            MonthDay start = MonthDay.parse(season.strip(), DateTimeFormatter.ofPattern("dd/MM"));
            calendars.setOfficeHours(code, start, new OfficeHours(morningStart, morningEnd, afternoonStart, afternoonEnd,
                    sameDayCutoff, saturdayReception));
            redirect.addFlashAttribute("hoursSaved", true);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            redirect.addFlashAttribute("hoursInvalid", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("hoursNotEight", true);
        }
        return "redirect:" + page(code, null);
    }

    private static String page(String unit, LocalDate date) {
        var uri = UriComponentsBuilder.fromPath("/admin/calendar").queryParam("unit", unit);
        if (date != null) {
            uri.queryParam("date", date).queryParam("year", date.getYear());
        }
        return uri.build().encode().toUriString();
    }

    private static String defaultName(DayKind kind) {
        return switch (kind) {
            case HOLIDAY -> "Ngày lễ";
            case DAY_OFF -> "Ngày nghỉ";
            case WORKING_DAY -> "Ngày làm bù";
        };
    }

    private List<Unit> administeredUnits(XasoUser user) {
        if (user.isProvinceAdministrator()) {
            return organization.units(new UnitQuery(null, null, false, null), 1000);
        }
        return organization.unit(user.unitCode()).map(List::of).orElse(List.of());
    }

    private static List<Preview> previews(WorkingCalendar calendar, Instant now) {
        List<Preview> previews = new ArrayList<>();
        LocalDateTime received = LocalDateTime.ofInstant(now, Organization.ZONE);
        previews.add(new Preview("0", received, LocalDateTime.ofInstant(calendar.due(now, WorkingDuration.sameDayProcedure()), Organization.ZONE)));
        for (int days : new int[] {1, 3, 5, 10, 15}) {
            previews.add(new Preview(String.valueOf(days), received,
                    LocalDateTime.ofInstant(calendar.due(now, WorkingDuration.workingDays(days)), Organization.ZONE)));
        }
        return previews;
    }

    /** "Received at → due at" for a duration in working days ("0" meaning a same-day procedure). */
    record Preview(String days, LocalDateTime receivedAt, LocalDateTime dueAt) {
    }
}
