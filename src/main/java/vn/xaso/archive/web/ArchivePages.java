package vn.xaso.archive.web;

import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.Refusal;
import vn.xaso.archive.Archive;
import vn.xaso.archive.WorkFile;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;

/**
 * Work-file pages: the unit's list for a year with transfer alerts and a form for a new file; one file with its
 * contents and the next step (close, transfer) — read-only once in the archive.
 */
@Controller
class ArchivePages {

    private final Archive archive;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    ArchivePages(Archive archive, CurrentUser currentUser, MessageSource messages) {
        this.archive = archive;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/archive")
    String list(@RequestParam(required = false) Integer year, Model model) {
        XasoUser user = currentUser.get();
        int shown = year == null ? LocalDate.now(Organization.ZONE).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("files", archive.list(user, null, shown, null));
        model.addAttribute("alerts", archive.transferAlerts(user, null));
        model.addAttribute("proposal", archive.destructionProposal(user, null, null));
        model.addAttribute("keeps", keeps(user));
        return "archive/list";
    }

    @PostMapping("/archive")
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String retention,
            RedirectAttributes redirect) {
        try {
            boolean permanent = "PERMANENT".equals(retention);
            Integer years = permanent || retention == null || retention.isBlank() ? null : parseYears(retention);
            WorkFile file = archive.create(currentUser.get(), new Archive.NewWorkFile(code, title, year, years, permanent, null));
            redirect.addFlashAttribute("done", "created");
            return "redirect:/archive/" + file.id();
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
            return "redirect:/archive";
        }
    }

    @GetMapping("/archive/{id}")
    String show(@PathVariable long id, Model model) {
        XasoUser user = currentUser.get();
        WorkFile file = archive.get(user, id);
        model.addAttribute("f", file);
        model.addAttribute("items", archive.items(file));
        model.addAttribute("keeps", keeps(user) && file.unitCode().equals(user.unitCode()));
        model.addAttribute("member", file.unitCode().equals(user.unitCode()) && !user.isCitizen());
        return "archive/file";
    }

    @PostMapping("/archive/{id}/{step}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String ref, RedirectAttributes redirect) {
        XasoUser user = currentUser.get();
        try {
            switch (step) {
                case "items" -> archive.addItem(user, id, kind, ref);
                case "remove" -> archive.removeItem(user, id, kind, ref);
                case "close" -> archive.close(user, id);
                case "transfer" -> archive.transfer(user, id);
                default -> throw new InvalidInput("step", "archive.step.unknown", step);
            }
            redirect.addFlashAttribute("done", step);
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
        }
        return "redirect:/archive/" + id;
    }

    private static boolean keeps(XasoUser user) {
        return user.hasRole(Role.CLERK) || user.hasRole(Role.LEADER) || user.hasRole(Role.UNIT_ADMIN);
    }

    private static Integer parseYears(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("retentionYears", "archive.retention.number");
        }
    }
}
