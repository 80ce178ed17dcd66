package vn.xaso.document;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /documents/{id}/actions/{action}}; each action reads the fields it needs:
 * assign {mainHandler, coordinators, informed, instruction, dueDate | dueInWorkingDays}, opinion {text},
 * complete {replyDocumentId?}, request-opinions {users, dueDate?}, submit {signer}, send-back {reason},
 * sign {anchor?}, issue {recipients?}, recall {reason}.
 */
public record DocumentRequest(String mainHandler, List<String> coordinators, List<String> informed,
        @Size(max = 2000) String instruction, LocalDate dueDate, Integer dueInWorkingDays, @Size(max = 4000) String text,
        List<String> users, String signer, @Size(max = 1000) String reason, Long replyDocumentId, String anchor,
        List<RecipientInput> recipients) {

    public static DocumentRequest empty() {
        return new DocumentRequest(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A recipient of an outgoing document: a unit on the platform by its code, or an outside agency by name (and id). */
    public record RecipientInput(String unitCode, String organId, String name) {
    }
}
