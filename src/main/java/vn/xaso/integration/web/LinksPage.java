package vn.xaso.integration.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xaso.api.Forbidden;
import vn.xaso.api.NotFound;
import vn.xaso.dossier.ApplicantLookups;
import vn.xaso.identity.CurrentUser;
import vn.xaso.integration.Link;
import vn.xaso.integration.Links;
import vn.xaso.integration.Outboxes;
import vn.xaso.integration.PortalReconciliation;
import vn.xaso.organization.Organization;

/**
 * {@code /admin/integration}: each link to a national service — up, degraded or down, its circuit, what waits, the
 * last success and error, calls and errors in the last hour — for administrators and monitors; a province
 * administrator may tell a link to try again now.
 */
@Controller
class LinksPage {

    private static final int STUCK_SHOWN = 50;

    private static final int DAYS_SHOWN = 14;

    private final Links links;
    private final Outboxes outbox;
    private final PortalReconciliation reconciliation;
    private final CurrentUser currentUser;
    private final ApplicantLookups lookups;
    private final java.time.Clock clock;

    LinksPage(Links links, Outboxes outbox, PortalReconciliation reconciliation, CurrentUser currentUser,
            ApplicantLookups lookups, java.time.Clock clock) {
        this.lookups = lookups;
        this.clock = clock;
        this.links = links;
        this.outbox = outbox;
        this.reconciliation = reconciliation;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/integration")
    String links(Model model) {
        LinksApi.requireWatcher(currentUser.get());
        model.addAttribute("links", links.statuses());
        model.addAttribute("stuck", outbox.stuck(STUCK_SHOWN));
        model.addAttribute("days", reconciliation.latest(DAYS_SHOWN));
        model.addAttribute("unusualLookups", LinksApi.unusual(lookups, currentUser.get(), LocalDate.now(clock.withZone(Organization.ZONE))));
        return "integration/links";
    }

    @PostMapping("/admin/integration/reconciliation")
    String reconcile(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        requireProvinceAdministrator();
        PortalReconciliation.Outcome outcome = reconciliation.reconcile(day);
        redirect.addFlashAttribute("reconciled", outcome);
        return "redirect:/admin/integration";
    }

    @PostMapping("/admin/integration/{link}/messages/{id}/retry")
    String retryMessage(@PathVariable String link, @PathVariable long id, RedirectAttributes redirect) {
        requireProvinceAdministrator();
        outbox.retry(link, id);
        redirect.addFlashAttribute("messageRetried", id);
        return "redirect:/admin/integration";
    }

    @PostMapping("/admin/integration/{link}/messages/{id}/park")
    String parkMessage(@PathVariable String link, @PathVariable long id, RedirectAttributes redirect) {
        requireProvinceAdministrator();
        outbox.park(link, id);
        redirect.addFlashAttribute("messageParked", id);
        return "redirect:/admin/integration";
    }

    private void requireProvinceAdministrator() {
        if (!currentUser.get().isProvinceAdministrator()) {
            throw new Forbidden("integration.links.province-admin-only");
        }
    }

    @PostMapping("/admin/integration/{name}/retry")
    String retry(@PathVariable String name, RedirectAttributes redirect) {
        requireProvinceAdministrator();
        Link link = links.find(name).orElseThrow(() -> new NotFound("Link", name));
        link.reset();
        redirect.addFlashAttribute("retried", name);
        return "redirect:/admin/integration";
    }
}
