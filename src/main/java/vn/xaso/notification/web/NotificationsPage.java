package vn.xaso.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xaso.identity.CurrentUser;
import vn.xaso.notification.NotificationLog;

/** {@code /admin/notifications}: what was sent to citizens, what failed (to try again) and what is still trying. */
@Controller
class NotificationsPage {

    private static final int SHOWN = 200;

    private final NotificationLog log;
    private final CurrentUser currentUser;

    NotificationsPage(NotificationLog log, CurrentUser currentUser) {
        this.log = log;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/notifications")
    String list(@RequestParam(defaultValue = "false") boolean failed, Model model) {
        model.addAttribute("notifications", log.latest(currentUser.get(), failed, SHOWN));
        model.addAttribute("failedOnly", failed);
        return "notification/list";
    }

    @PostMapping("/admin/notifications/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        log.retry(currentUser.get(), id);
        redirect.addFlashAttribute("retried", id);
        return "redirect:/admin/notifications?failed=true";
    }
}
