package vn.xaso.document;

import java.time.Instant;
import java.util.List;

/** Colleagues were asked for their opinion on a draft by {@code dueAt}. */
public record OpinionsRequested(long documentId, String unitCode, List<String> users, String names, Instant dueAt,
        Instant at) implements DocumentEvent {

    public OpinionsRequested {
        users = List.copyOf(users);
    }

    @Override
    public String note() {
        return names;
    }
}
