package vn.xaso.integration.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.Forbidden;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.integration.LinkStatus;
import vn.xaso.integration.Links;
import vn.xaso.organization.Role;

/** {@code GET /api/v1/integration/links}: how each link to a national service is doing, for administrators and monitors. */
@RestController
class LinksApi {

    private final Links links;
    private final CurrentUser currentUser;

    LinksApi(Links links, CurrentUser currentUser) {
        this.links = links;
        this.currentUser = currentUser;
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
