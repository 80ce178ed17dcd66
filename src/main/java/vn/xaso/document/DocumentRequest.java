package vn.xaso.document;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.xaso.api.InvalidInput;
import vn.xaso.organization.Authority;

/**
 * The body of {@code POST /documents/{id}/actions/{action}}; each action reads the fields it needs:
 * assign {mainHandler, coordinators, informed, instruction, dueDate | dueInWorkingDays}, opinion {text},
 * complete {replyDocumentId?}, request-opinions {users, dueDate?}, submit {signer, authority?}, send-back {reason},
 * sign {anchor?, confirmation?: the leader's signing PIN or remote OTP}, issue {recipients?}, recall {reason}. {@link #toCommand} makes the action's typed command.
 */
public record DocumentRequest(@Size(max = 64) String mainHandler,
        @Size(max = 50) List<@NotNull @Size(max = 64) String> coordinators,
        @Size(max = 50) List<@NotNull @Size(max = 64) String> informed,
        @Size(max = 2000) String instruction, LocalDate dueDate, @Min(1) @Max(1000) Integer dueInWorkingDays,
        @Size(max = 4000) String text, @Size(max = 50) List<@NotNull @Size(max = 64) String> users,
        @Size(max = 64) String signer, @Size(max = 1000) String reason, Long replyDocumentId, @Size(max = 200) String anchor,
        @JsonAlias("to") @Size(max = 200) List<@NotNull @Valid RecipientInput> recipients, Authority authority,
        @Size(max = 20) String confirmation) {

    public DocumentRequest(String mainHandler, List<String> coordinators, List<String> informed, String instruction,
            LocalDate dueDate, Integer dueInWorkingDays, String text, List<String> users, String signer, String reason,
            Long replyDocumentId, String anchor, List<RecipientInput> recipients) {
        this(mainHandler, coordinators, informed, instruction, dueDate, dueInWorkingDays, text, users, signer, reason,
                replyDocumentId, anchor, recipients, null, null);
    }

    /** The typed command for {@code action}; a field it needs that is missing is refused naming the field. */
    public DocumentCommand toCommand(DocumentAction action) {
        return switch (action) {
            case ASSIGN -> new DocumentCommand.Assign(mainHandler, coordinators, informed, instruction, dueDate,
                    dueInWorkingDays);
            case OPINION -> new DocumentCommand.Opinion(text);
            case ACKNOWLEDGE -> new DocumentCommand.Acknowledge();
            case COMPLETE -> new DocumentCommand.Complete(replyDocumentId);
            case REMIND -> new DocumentCommand.Remind(text);
            case REQUEST_OPINIONS -> new DocumentCommand.RequestOpinions(users, dueDate);
            case SUBMIT -> new DocumentCommand.Submit(signer, authority);
            case SEND_BACK -> new DocumentCommand.SendBack(reason);
            case SIGN -> new DocumentCommand.Sign(anchor, confirmation);
            case ISSUE -> new DocumentCommand.Issue(recipients);
            case RECALL -> new DocumentCommand.Recall(reason);
            case UPLOAD_DRAFT -> throw new InvalidInput("file", "document.draft.multipart");
        };
    }

    public static DocumentRequest empty() {
        return new DocumentRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * A recipient of an outgoing document: a unit on the platform by its code, or an outside agency by name (and id);
     * a plain string works too ({@code "H40.02"} or {@code "Sở Nội vụ tỉnh Ninh Bình"}).
     */
    public record RecipientInput(@Size(max = 13) String unitCode, @Size(max = 64) String organId,
            @Size(max = 300) String name) {

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
