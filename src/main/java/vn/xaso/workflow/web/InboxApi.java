package vn.xaso.workflow.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.CursorPage;
import vn.xaso.api.Inputs;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.workflow.InboxCursor;
import vn.xaso.workflow.Task;
import vn.xaso.workflow.Workflows;

/**
 * One inbox for every official: dossiers and documents together, soonest due first. The body is the
 * page's items; the next page's cursor is in the {@code X-Next-Cursor} header (and a {@code Link} header).
 */
@RestController
class InboxApi {

    private final Workflows workflows;
    private final CurrentUser currentUser;

    InboxApi(Workflows workflows, CurrentUser currentUser) {
        this.workflows = workflows;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/inbox")
    ResponseEntity<List<InboxItem>> inbox(@RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        XasoUser user = currentUser.get();
        int size = CursorPage.limit(limit);
        String kindFilter = Inputs.blankToNull(kind) == null ? null : kind.strip().toUpperCase(java.util.Locale.ROOT);
        List<Task> tasks = workflows.inbox(user.getUsername(), user.unitCode(), List.copyOf(user.roles()),
                InboxCursor.parse(cursor), kindFilter, size + 1);
        CursorPage<Task> page = CursorPage.of(tasks, size, task -> InboxCursor.after(task).toString());
        Instant now = Instant.now();
        var response = ResponseEntity.ok();
        if (page.next() != null) {
            response.header("X-Next-Cursor", page.next())
                    .header("Link", "</api/v1/inbox?limit=" + size + "&cursor=" + page.next() + ">; rel=\"next\"");
        }
        return response.body(page.items().stream().map(task -> InboxItem.of(task, now)).toList());
    }

    /** One task in the inbox, with the step's guidance for officials new to it. */
    record InboxItem(String kind, String ref, String title, String step, String stepName, String unitCode,
            String assignee, OffsetDateTime dueAt, boolean overdue, String guidance, long taskId) {

        static InboxItem of(Task task, Instant now) {
            return new InboxItem(task.kind(), task.ref(), task.title(), task.stepKey(), task.stepName(), task.unitCode(),
                    task.assignee(), task.dueAt() == null ? null : task.dueAt().atOffset(ZoneOffset.ofHours(7)),
                    task.isOverdue(now), task.guidance(), task.id());
        }
    }
}
