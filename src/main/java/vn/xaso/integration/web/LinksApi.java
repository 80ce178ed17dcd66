package vn.xaso.integration.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.Forbidden;
import vn.xaso.dossier.ApplicantLookups;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.integration.LinkStatus;
import vn.xaso.integration.Links;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;

/**
 * {@code GET /api/v1/integration/links}: how each link to a national service is doing, for administrators and monitors;
 * {@code GET /api/v1/integration/population/unusual?day=} the officials who looked many people up in the population
 * database that day, or were refused over their limit (a unit's administrator: their unit's).
 */
@RestController
class LinksApi {

    private final Links links;
    private final ApplicantLookups lookups;
    private final CurrentUser currentUser;
    private final Clock clock;

    LinksApi(Links links, ApplicantLookups lookups, CurrentUser currentUser, Clock clock) {
        this.links = links;
        this.lookups = lookups;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/api/v1/integration/population/unusual")
    List<ApplicantLookups.Volume> unusualLookups(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        XasoUser user = currentUser.get();
        requireWatcher(user);
        return unusual(lookups, user, day == null ? LocalDate.now(clock.withZone(Organization.ZONE)) : day);
    }

    /** What a watcher may see of them: everything for the province, their own unit's for a unit's administrator. */
    static List<ApplicantLookups.Volume> unusual(ApplicantLookups lookups, XasoUser user, LocalDate day) {
        return lookups.unusual(day).stream()
                .filter(v -> user.isProvinceWide() || java.util.Objects.equals(v.unitCode(), user.unitCode())).toList();
    }

    @GetMapping("/api/v1/integration/links")
    List<LinkStatus> links() {
        requireWatcher(currentUser.get());
        return links.statuses();
    }

    static void requireWatcher(XasoUser user) {
        if (!user.isAdministrator() && !user.hasRole(Role.MONITOR)) {
            throw new Forbidden("integration.links.watchers-only");
        }
    }
}
