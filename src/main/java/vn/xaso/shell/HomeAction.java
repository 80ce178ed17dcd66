package vn.xaso.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.xaso.organization.Role;

/** A card on the home page: a message key for its title and its guidance, and where it leads. */
record HomeAction(String key, String href) {

    static List<HomeAction> forRoles(Set<Role> roles) {
        List<HomeAction> actions = new ArrayList<>();
        if (roles.contains(Role.CITIZEN)) {
            return List.of(new HomeAction("home.action.portal", "/portal"), new HomeAction("home.action.mine", "/portal/dossiers"),
                    new HomeAction("home.action.profile", "/profile"));
        }
        if (roles.contains(Role.MONITOR) || roles.contains(Role.PROVINCE_ADMIN) || roles.contains(Role.LEADER)) {
            // monitors and leaders are judged by these figures: the dashboard comes first
            actions.add(new HomeAction("home.action.reports", "/reports"));
        }
        if (roles.contains(Role.COUNTER)) {
            actions.add(new HomeAction("home.action.intake", "/dossiers/new"));
        }
        if (roles.contains(Role.CLERK)) {
            actions.add(new HomeAction("home.action.registerIncoming", "/documents/incoming/new"));
        }
        actions.add(new HomeAction("home.action.inbox", "/inbox"));
        if (roles.contains(Role.SPECIALIST)) {
            actions.add(new HomeAction("home.action.draft", "/documents/outgoing/new"));
        }
        actions.add(new HomeAction("home.action.dossiers", "/dossiers"));
        actions.add(new HomeAction("home.action.documents", "/documents"));
        if (roles.contains(Role.CLERK) || roles.contains(Role.LEADER)) {
            actions.add(new HomeAction("home.action.archive", "/archive"));
        }
        actions.add(new HomeAction("home.action.myUnit", "/my-unit"));
        if (roles.contains(Role.MONITOR) || roles.contains(Role.PROVINCE_ADMIN)) {
            actions.add(new HomeAction("home.action.units", "/units"));
        }
        if (roles.contains(Role.PROVINCE_ADMIN) || roles.contains(Role.UNIT_ADMIN)) {
            actions.add(new HomeAction("home.action.officials", "/admin/officials"));
            actions.add(new HomeAction("home.action.catalog", "/admin/catalog"));
            actions.add(new HomeAction("home.action.calendar", "/admin/calendar"));
            actions.add(new HomeAction("home.action.handOver", "/admin/hand-over"));
        }
        if (roles.contains(Role.PROVINCE_ADMIN)) {
            actions.add(new HomeAction("home.action.audit", "/admin/audit"));
        }
        return actions;
    }
}
