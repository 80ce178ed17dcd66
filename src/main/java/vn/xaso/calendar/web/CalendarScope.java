package vn.xaso.calendar.web;

import org.springframework.stereotype.Component;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.Inputs;
import vn.xaso.calendar.Calendars;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.UnitAccess;
import vn.xaso.organization.Organization;

/**
 * Which unit's calendar a request means: the one named, or the caller's own. Holidays and office hours
 * are public notices, readable by every logged-in user; changing them needs an administrator of that unit.
 */
@Component
class CalendarScope {

    private final Calendars calendars;
    private final CurrentUser currentUser;
    private final UnitAccess access;
    private final Organization organization;

    CalendarScope(Calendars calendars, CurrentUser currentUser, UnitAccess access, Organization organization) {
        this.calendars = calendars;
        this.currentUser = currentUser;
        this.access = access;
        this.organization = organization;
    }

    WorkingCalendar calendarFor(String unit) {
        String code = Inputs.blankToNull(unit);
        if (code == null) {
            code = currentUser.get().unitCode();
            return code == null ? calendars.national() : calendars.forUnit(code);
        }
        if (organization.unit(code).isEmpty()) {
            throw new InvalidInput("unit", "input.unit.unknown");
        }
        return calendars.forUnit(code);
    }

    /** The unit whose schedule the caller changes: the one named, or their own; 403 unless they administer it. */
    String administered(String unit) {
        return access.administered(currentUser.get(), unit);
    }
}
