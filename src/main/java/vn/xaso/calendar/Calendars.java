package vn.xaso.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.xaso.api.Conflict;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.audit.AuditEvent;
import vn.xaso.cluster.SharedChanges;
import vn.xaso.cluster.SharedDataChanged;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;

/**
 * The calendar module's published API: each unit's {@link WorkingCalendar} (statutory holidays, then its
 * province's schedule, then its own), and the administrators' changes to schedules and office hours.
 * Calendars are built once and cached; any change clears the cache.
 */
@Service
public class Calendars {

    private static final String SHARED_TOPIC = "calendar";

    static final int FIRST_YEAR = 1900;
    /** The season that opens every year's office hours. */
    public static final MonthDay FIRST_SEASON = MonthDay.of(1, 1);
    static final int LAST_YEAR = 2199;
    private static final Map<Integer, List<CalendarDay>> STATUTORY = new ConcurrentHashMap<>();

    private final Schedules schedules;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final SharedChanges shared;
    private volatile Map<String, WorkingCalendar> byUnit = new ConcurrentHashMap<>();

    Calendars(Schedules schedules, Organization organization, ApplicationEventPublisher events, SharedChanges shared) {
        this.schedules = schedules;
        this.organization = organization;
        this.events = events;
        this.shared = shared;
    }

    /** The working calendar of a unit; 404 for a unit that does not exist. */
    public WorkingCalendar forUnit(String unitCode) {
        Map<String, WorkingCalendar> cache = byUnit;
        WorkingCalendar calendar = cache.get(unitCode);
        return calendar != null ? calendar : cache.computeIfAbsent(unitCode, code -> build(scopes(code)));
    }

    /** The national default calendar: statutory holidays and default office hours only. */
    public WorkingCalendar national() {
        return byUnit.computeIfAbsent("", code -> build(List.of()));
    }

    /** The statutory default days off of a year, before any administrator's schedule. */
    public static List<CalendarDay> statutory(int year) {
        checkYear(year);
        return STATUTORY.computeIfAbsent(year, StatutoryHolidays::of);
    }

    /** An administrator's entry for one day of a unit or province; replaces the default of that date. */
    @Transactional
    public CalendarDay setDay(String scope, CalendarDay day) {
        requireScope(scope);
        checkYear(day.date().getYear());
        Optional<CalendarDay> before = schedules.entry(scope, day.date());
        schedules.put(scope, day);
        events.publishEvent(AuditEvent.of("calendar.day-set", scope, "calendar-day", scope + "/" + day.date(),
                before.orElse(null), day));
        forgetAfterCommit();
        return day;
    }

    /** Removes an administrator's entry, so the date is back to its default; false if there was none. */
    @Transactional
    public boolean clearDay(String scope, LocalDate date) {
        requireScope(scope);
        Optional<CalendarDay> before = schedules.entry(scope, date);
        if (before.isEmpty()) {
            return false;
        }
        schedules.remove(scope, date);
        events.publishEvent(AuditEvent.of("calendar.day-cleared", scope, "calendar-day", scope + "/" + date,
                before.get(), null));
        forgetAfterCommit();
        return true;
    }

    /** The schedule entries a unit or province itself holds for a year (not inherited ones). */
    public List<CalendarDay> entries(String scope, int year) {
        return schedules.entries(scope, year);
    }

    /**
     * Sets the scope's office hours from {@code season} (1 January for hours that never change) until its next
     * season. They must add up to one working day of 8 hours, or "10 working days" would end on another day.
     */
    @Transactional
    public OfficeHours setOfficeHours(String scope, MonthDay season, OfficeHours hours) {
        requireScope(scope);
        if (hours.workingSeconds() != WorkingCalendar.WORKING_DAY_SECONDS) {
            throw new InvalidInput("afternoonEnd", "calendar.hours.eight",
                    BigDecimal.valueOf(hours.workingSeconds()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
                            .stripTrailingZeros().toPlainString());
        }
        NavigableMap<MonthDay, OfficeHours> before = forUnit(scope).seasons();
        NavigableMap<MonthDay, OfficeHours> own = schedules.officeHours(scope);
        if (own.isEmpty() && !season.equals(FIRST_SEASON)) {
            // a unit's first own season: until now it followed its province's seasons, which it keeps around the new one
            before.forEach((start, inherited) -> schedules.putOfficeHours(scope, start, inherited));
        }
        schedules.putOfficeHours(scope, season, hours);
        events.publishEvent(AuditEvent.of("calendar.office-hours-set", scope, "office-hours", scope, before.toString(),
                seasonKey(season) + " " + hours));
        forgetAfterCommit();
        return hours;
    }

    /** Removes one of the scope's own seasons (not the one from 1 January, which the others need). */
    @Transactional
    public boolean clearOfficeHours(String scope, MonthDay season) {
        requireScope(scope);
        if (season.equals(FIRST_SEASON) && schedules.officeHours(scope).size() > 1) {
            throw new Conflict("calendar.hours.first-season");
        }
        boolean removed = schedules.removeOfficeHours(scope, season);
        if (removed) {
            events.publishEvent(AuditEvent.of("calendar.office-hours-cleared", scope, "office-hours", scope,
                    seasonKey(season), null));
            forgetAfterCommit();
        }
        return removed;
    }

    /** A season's first day as stored and shown: {@code MM-dd}. */
    public static String seasonKey(MonthDay season) {
        return String.format(java.util.Locale.ROOT, "%02d-%02d", season.getMonthValue(), season.getDayOfMonth());
    }

    /**
     * Drops every cached calendar once the change is committed, so no rebuild can see the old schedule, here and, by
     * word through the database, on every other node.
     */
    private void forgetAfterCommit() {
        shared.changed(SHARED_TOPIC);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        } else {
            forget();
        }
    }

    @EventListener
    void on(SharedDataChanged change) {
        if (change.concerns(SHARED_TOPIC)) {
            forget();
        }
    }

    private void forget() {
        byUnit = new ConcurrentHashMap<>();
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInput("year", "input.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
    }

    private void requireScope(String scope) {
        if (organization.unit(scope).isEmpty()) {
            throw new InvalidInput("unit", "input.unit.unknown");
        }
    }

    /** The unit and its ancestors, province first, so that nearer scopes override farther ones. */
    private List<String> scopes(String unitCode) {
        List<String> scopes = new ArrayList<>();
        Unit unit = organization.unit(unitCode).orElseThrow(() -> new NotFound("Unit", unitCode));
        for (int depth = 0; unit != null && depth < 10; depth++) {
            scopes.add(unit.code());
            unit = organization.unit(unit.parentCode()).orElse(null);
        }
        Collections.reverse(scopes);
        return scopes;
    }

    private WorkingCalendar build(List<String> scopes) {
        NavigableMap<MonthDay, OfficeHours> hours = new TreeMap<>(Map.of(FIRST_SEASON, OfficeHours.DEFAULT));
        for (String scope : scopes) {
            NavigableMap<MonthDay, OfficeHours> own = schedules.officeHours(scope);
            if (!own.isEmpty()) {
                hours = own;
            }
        }
        Map<Integer, WorkingYear> years = new ConcurrentHashMap<>();
        return new WorkingCalendar(hours, year -> years.computeIfAbsent(year, y -> {
            checkYear(y);
            Map<LocalDate, CalendarDay> overrides = new LinkedHashMap<>();
            for (String scope : scopes) {
                schedules.entries(scope, y).forEach(day -> overrides.put(day.date(), day));
            }
            return new WorkingYear(y, statutory(y), overrides.values());
        }));
    }
}
