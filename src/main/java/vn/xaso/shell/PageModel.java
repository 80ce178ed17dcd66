package vn.xaso.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;

/** What every page's layout shows: the user, their unit, the page's own path (for the language switch), today. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final CurrentUser currentUser;
    private final Organization organization;

    PageModel(CurrentUser currentUser, Organization organization) {
        this.currentUser = currentUser;
        this.organization = organization;
    }

    @ModelAttribute("me")
    XasoUser me() {
        return currentUser.find().orElse(null);
    }

    /** Read for pages only: the advice reaches the API's controllers too, which have no layout to show it in. */
    @ModelAttribute("myUnit")
    Unit myUnit(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return currentUser.find().map(XasoUser::unitCode).flatMap(organization::unit).orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** Every time on a page is shown in Vietnam's zone: {@code instant.atZone(zone)}. */
    @ModelAttribute("zone")
    ZoneId zone() {
        return Organization.ZONE;
    }

    @ModelAttribute("now")
    ZonedDateTime now() {
        return ZonedDateTime.now(Organization.ZONE);
    }
}
