package vn.xaso.workflow;

import java.time.Instant;
import vn.xaso.api.InvalidInput;

/** Where the previous inbox page ended: the last task's due time (null: none) and id, as an opaque text. */
public record InboxCursor(Instant dueAt, long id) {

    public static InboxCursor after(Task task) {
        return new InboxCursor(task.dueAt(), task.id());
    }

    public static InboxCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts = text.split("_", 2);
            return new InboxCursor("-".equals(parts[0]) ? null : Instant.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidInput("cursor", "input.cursor");
        }
    }

    @Override
    public String toString() {
        return (dueAt == null ? "-" : dueAt.toString()) + "_" + id;
    }
}
