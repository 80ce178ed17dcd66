package vn.xaso.document;

import java.time.LocalDate;
import java.util.List;
import vn.xaso.api.Inputs;
import vn.xaso.api.InvalidInput;
import vn.xaso.organization.Authority;

/**
 * One action on a document with what it needs; each checks its own fields when it is made (a missing one is refused
 * naming the field), so the desk and the document only ever see complete commands.
 */
public sealed interface DocumentCommand {

    DocumentAction action();

    /** To a main handler, with coordinators and people to inform, by a day or within working days. */
    record Assign(String mainHandler, List<String> coordinators, List<String> informed, String instruction,
            LocalDate dueDate, Integer dueInWorkingDays) implements DocumentCommand {
        public Assign {
            mainHandler = Inputs.required("mainHandler", mainHandler);
            if (dueInWorkingDays != null && (dueInWorkingDays < 1 || dueInWorkingDays > 365)) {
                throw new InvalidInput("dueInWorkingDays", "document.due.days");
            }
            instruction = Inputs.blankToNull(instruction);
        }

        public DocumentAction action() {
            return DocumentAction.ASSIGN;
        }
    }

    record Opinion(String text) implements DocumentCommand {
        public Opinion {
            text = Inputs.required("text", text, "document.opinion.text");
        }

        public DocumentAction action() {
            return DocumentAction.OPINION;
        }
    }

    record Acknowledge() implements DocumentCommand {
        public DocumentAction action() {
            return DocumentAction.ACKNOWLEDGE;
        }
    }

    /** Handled, answered by an outgoing document of the unit if given. */
    record Complete(Long replyDocumentId) implements DocumentCommand {
        public DocumentAction action() {
            return DocumentAction.COMPLETE;
        }
    }

    /** The leader urges the handlers on; without a text, the usual words. */
    record Remind(String text) implements DocumentCommand {
        public Remind {
            text = text == null || text.isBlank() ? "Đề nghị khẩn trương hoàn thành" : text.strip();
        }

        public DocumentAction action() {
            return DocumentAction.REMIND;
        }
    }

    record RequestOpinions(List<String> users, LocalDate dueDate) implements DocumentCommand {
        public RequestOpinions {
            if (users == null || users.stream().allMatch(u -> u == null || u.isBlank())) {
                throw new InvalidInput("users", "document.opinions.users");
            }
        }

        public DocumentAction action() {
            return DocumentAction.REQUEST_OPINIONS;
        }
    }

    /** To a leader to sign, for themselves or with an authority (TM., KT., Q., TL., TUQ.). */
    record Submit(String signer, Authority authority) implements DocumentCommand {
        public Submit {
            signer = Inputs.required("signer", signer);
        }

        public DocumentAction action() {
            return DocumentAction.SUBMIT;
        }
    }

    record SendBack(String reason) implements DocumentCommand {
        public SendBack {
            reason = Inputs.required("reason", reason, "document.send-back.reason");
        }

        public DocumentAction action() {
            return DocumentAction.SEND_BACK;
        }
    }

    /** The leader signs, below {@code anchor} text if given, confirming with their PIN or remote OTP. */
    record Sign(String anchor, String confirmation) implements DocumentCommand {
        public Sign {
            anchor = Inputs.blankToNull(anchor);
        }

        public DocumentAction action() {
            return DocumentAction.SIGN;
        }
    }

    /** The clerk numbers, seals and sends it; recipients given here replace those of the draft. */
    record Issue(List<DocumentRequest.RecipientInput> recipients) implements DocumentCommand {
        public DocumentAction action() {
            return DocumentAction.ISSUE;
        }
    }

    record Recall(String reason) implements DocumentCommand {
        public Recall {
            reason = Inputs.required("reason", reason, "document.recall.reason");
        }

        public DocumentAction action() {
            return DocumentAction.RECALL;
        }
    }
}
