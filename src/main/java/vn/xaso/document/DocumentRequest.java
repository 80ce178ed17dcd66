package vn.xaso.document;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
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
        @JsonAlias("to") List<RecipientInput> recipients) {

    public static DocumentRequest empty() {
        return new DocumentRequest(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * A recipient of an outgoing document: a unit on the platform by its code, or an outside agency by name (and id);
     * a plain string works too ({@code "H40.02"} or {@code "Sở Nội vụ tỉnh Ninh Bình"}).
     */
    public record RecipientInput(String unitCode, String organId, String name) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public RecipientInput {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static RecipientInput of(String text) {
            String value = text == null ? "" : text.strip();
            return value.matches("H[0-9]{2}(\\.[0-9]+)*") ? new RecipientInput(value, null, null) : new RecipientInput(null, null, value);
        }
    }
}
