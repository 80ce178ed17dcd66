package vn.xaso.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The handling of an incoming document: its main handler and the leader's instruction, the day it must be handled
 * by, when it was completed and the outgoing document that answered it.
 */
public record Handling(String mainHandler, String instruction, LocalDate dueDate, Instant completedAt,
        Long replyDocumentId) {

    static Handling dueBy(LocalDate dueDate) {
        return new Handling(null, null, dueDate, null, null);
    }

    Handling assigned(String mainHandler, String instruction, LocalDate dueDate) {
        return new Handling(mainHandler, instruction, dueDate, completedAt, replyDocumentId);
    }

    Handling completed(Instant at, Long reply) {
        return new Handling(mainHandler, instruction, dueDate, at, reply);
    }
}
