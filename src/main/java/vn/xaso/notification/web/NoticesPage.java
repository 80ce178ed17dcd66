package vn.xaso.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.xaso.api.Forbidden;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.notification.OfficialNotices;

/** {@code /notices}: what is under an official's bell — new tasks, tasks due soon or overdue, reminders. */
@Controller
class NoticesPage {

    private static final int SHOWN = 100;

    private final OfficialNotices notices;
    private final CurrentUser currentUser;

    NoticesPage(OfficialNotices notices, CurrentUser currentUser) {
        this.notices = notices;
        this.currentUser = currentUser;
    }

    @GetMapping("/notices")
    String list(Model model) {
        model.addAttribute("notices", notices.of(official(), SHOWN));
        return "notification/notices";
    }

    /** Opens a notice: marked read, and on to where it leads (harmless to repeat, so a plain link). */
    @GetMapping("/notices/{id}")
    String open(@PathVariable long id) {
        return "redirect:" + notices.open(official(), id);
    }

    @PostMapping("/notices/read")
    String markAllRead() {
        notices.markAllRead(official());
        return "redirect:/notices";
    }

    private XasoUser official() {
        XasoUser user = currentUser.get();
        if (user.isCitizen()) {
            throw new Forbidden("notices.officials-only");
        }
        return user;
    }
}
