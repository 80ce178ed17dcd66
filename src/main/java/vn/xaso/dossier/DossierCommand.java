package vn.xaso.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.xaso.api.Inputs;
import vn.xaso.api.InvalidInput;
import vn.xaso.catalog.Procedure.Channel;

/**
 * One action on a dossier with exactly what it needs; each checks its own fields when it is made (a missing or
 * empty one is refused naming the field), so the desk and the dossier only ever see complete commands.
 */
public sealed interface DossierCommand {

    DossierAction action();

    /** The counter receives an online dossier; the applicant may say where the result should go. */
    record Accept(Channel resultChannel) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.ACCEPT;
        }
    }

    /** A supplement asked: why, what is missing, and by when if the officer sets a day ({@code until}, optional). */
    record RequestSupplement(String reason, List<String> missing, LocalDate until) implements DossierCommand {

        public RequestSupplement(String reason, List<String> missing) {
            this(reason, missing, null);
        }

        public RequestSupplement {
            reason = Inputs.required("reason", reason);
            if (missing == null || missing.isEmpty() || missing.stream().anyMatch(m -> m == null || m.isBlank())) {
                throw new InvalidInput("missing", "dossier.supplement.missing");
            }
            missing = List.copyOf(missing);
        }

        public DossierAction action() {
            return DossierAction.REQUEST_SUPPLEMENT;
        }
    }

    /** The applicant supplemented; {@code provided} names the components now handed in (null: none named). */
    record Supplement(List<String> provided) implements DossierCommand {
        public Supplement {
            provided = provided == null ? null : List.copyOf(provided);
        }

        public DossierAction action() {
            return DossierAction.SUPPLEMENT;
        }
    }

    record Refuse(String reason) implements DossierCommand {
        public Refuse {
            reason = Inputs.required("reason", reason);
        }

        public DossierAction action() {
            return DossierAction.REFUSE;
        }
    }

    record Assign(String assignee) implements DossierCommand {
        public Assign {
            assignee = Inputs.required("assignee", assignee);
        }

        public DossierAction action() {
            return DossierAction.ASSIGN;
        }
    }

    /** The specialist's proposal; without a result file of their own, xaso drafts the result paper. */
    record Propose(String summary, boolean refusal, String resultFileId) implements DossierCommand {
        public Propose {
            summary = Inputs.required("summary", summary);
        }

        public DossierAction action() {
            return DossierAction.PROPOSE;
        }
    }

    record SendBack(String reason) implements DossierCommand {
        public SendBack {
            reason = Inputs.required("reason", reason);
        }

        public DossierAction action() {
            return DossierAction.SEND_BACK;
        }
    }

    /** The leader agrees; when that signs the result, {@code signing} says how their signature comes. */
    record Approve(String comment, LeaderSigning signing) implements DossierCommand {
        /** Approving with nothing to confirm: a leader whose key signs without a PIN or OTP. */
        public Approve(String comment) {
            this(comment, LeaderSigning.confirmedBy(null));
        }

        public DossierAction action() {
            return DossierAction.APPROVE;
        }
    }

    /** The result handed over; without a channel, where the applicant asked for it. */
    record ReturnResult(Channel channel) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.RETURN_RESULT;
        }
    }

    /** To {@code toUnit} for {@code workingDays}; either may be left out to follow the catalog's route. */
    record Transfer(String toUnit, BigDecimal workingDays, String reason) implements DossierCommand {
        public Transfer {
            reason = Inputs.required("reason", reason);
        }

        public DossierAction action() {
            return DossierAction.TRANSFER;
        }
    }

    record Extend(String reason, Instant newDueAt) implements DossierCommand {
        public Extend {
            reason = Inputs.required("reason", reason);
        }

        public DossierAction action() {
            return DossierAction.EXTEND;
        }
    }

    record Stop(String reason) implements DossierCommand {
        public Stop {
            reason = Inputs.required("reason", reason);
        }

        public DossierAction action() {
            return DossierAction.STOP;
        }
    }

    record Withdraw(String reason) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.WITHDRAW;
        }
    }

    record Rate(Integer score, String comment) implements DossierCommand {
        public Rate {
            if (score == null) {
                throw new InvalidInput("score", "dossier.rating.score");
            }
        }

        public DossierAction action() {
            return DossierAction.RATE;
        }
    }

    /**
     * The dossier's fee is collected: in cash or by transfer at the counter, or online through the payment gateway
     * ({@code reference}: its transaction), the amount the procedure version's fee schedule asks for {@code units}
     * pages or copies (per-unit fees) and the {@code exemption} chosen (its reason; 0 when it exempts).
     */
    record RecordPayment(String method, Long amount, String reference, Integer units, String exemption)
            implements DossierCommand {
        public RecordPayment {
            if (method == null || !method.equals("CASH") && !method.equals("TRANSFER") && !method.equals("ONLINE")) {
                throw new InvalidInput("method", "dossier.fee.method.required");
            }
            exemption = exemption == null || exemption.isBlank() ? null : exemption.strip();
            if (amount == null || amount < 0 || (amount == 0 && exemption == null)) {
                throw new InvalidInput("amount", "dossier.fee.amount-required");
            }
        }

        public RecordPayment(String method, Long amount, String reference) {
            this(method, amount, reference, null, null);
        }

        public DossierAction action() {
            return DossierAction.RECORD_PAYMENT;
        }
    }
}
