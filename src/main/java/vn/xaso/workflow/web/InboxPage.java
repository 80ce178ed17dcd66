package vn.xaso.workflow.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xaso.api.Inputs;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;
import vn.xaso.workflow.InboxCursor;
import vn.xaso.workflow.Task;
import vn.xaso.workflow.InboxNotices;
import vn.xaso.workflow.Workflows;

/** The one inbox page: every task waiting for the official, dossiers and documents together, soonest due first. */
@Controller
class InboxPage {

    private static final int PAGE = 50;

    private final Workflows workflows;
    private final CurrentUser currentUser;
    private final List<InboxNotices> notices;

    InboxPage(Workflows workflows, CurrentUser currentUser, List<InboxNotices> notices) {
        this.workflows = workflows;
        this.currentUser = currentUser;
        this.notices = notices;
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(required = false) String kind, @RequestParam(required = false) String cursor,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        XasoUser user = currentUser.get();
        String kindFilter = Inputs.blankToNull(kind) == null ? null : kind.strip().toUpperCase(Locale.ROOT);
        List<Task> tasks = workflows.inbox(user.getUsername(), user.unitCode(), List.copyOf(user.roles()),
                InboxCursor.parse(cursor), kindFilter, PAGE + 1);
        Instant now = Instant.now();
        model.addAttribute("items", tasks.stream().limit(PAGE).map(task -> Row.of(task, now)).toList());
        model.addAttribute("next", tasks.size() > PAGE ? InboxCursor.after(tasks.get(PAGE - 1)).toString() : null);
        model.addAttribute("kind", kindFilter);
        if (htmx != null) {
            return "workflow/inbox :: results";
        }
        model.addAttribute("notices", notices.stream().flatMap(n -> n.noticesFor(user).stream()).toList());
        return "workflow/inbox";
    }

    /** A task as the inbox shows it: where to open it, when it is due, and how urgent it is. */
    record Row(Task task, String href, LocalDateTime dueAt, String urgency, long minutesLeft) {

        static Row of(Task task, Instant now) {
            String href = "/" + task.kind().toLowerCase(Locale.ROOT) + "s/" + task.ref();
            if (task.dueAt() == null) {
                return new Row(task, href, null, "none", 0);
            }
            long minutes = Duration.between(now, task.dueAt()).toMinutes();
            String urgency = minutes < 0 ? "overdue" : minutes < 8 * 60 ? "soon" : "ok";
            return new Row(task, href, LocalDateTime.ofInstant(task.dueAt(), Organization.ZONE), urgency, minutes);
        }

        /** "2 ngày 3 giờ" style countdown, or the overdue time, in hours and minutes for the page to phrase. */
        public long hours() {
            return Math.abs(minutesLeft) / 60;
        }

        public long minutes() {
            return Math.abs(minutesLeft) % 60;
        }
    }
}
