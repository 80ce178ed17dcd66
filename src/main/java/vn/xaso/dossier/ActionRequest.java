package vn.xaso.dossier;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import vn.xaso.catalog.Procedure.Channel;

/**
 * The JSON body of {@code POST /dossiers/{code}/actions/{action}} (one shape for every action, as the API
 * documents it); {@link #toCommand} makes the action's typed command from the fields it needs.
 */
public record ActionRequest(
        @Size(max = 2000) String reason,
        @Size(max = 50) List<@NotNull @Size(max = 500) String> missing,
        @Size(max = 50) List<@NotNull @Size(max = 500) String> components,
        @Size(max = 64) String assignee,
        @Size(max = 4000) String summary,
        @Size(max = 64) String resultFileId,
        Boolean refusal,
        @Size(max = 2000) String comment,
        Channel channel,
        @Size(max = 13) String toUnit,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal workingDays,
        OffsetDateTime newDueAt,
        @Min(1) @Max(5) Integer score,
        @Size(max = 16) String method,
        @Min(0) @Max(1_000_000_000) Long amount,
        java.time.LocalDate supplementBy,
        /* approve: the leader's signing PIN, or the OTP their remote signing service sent */
        @Size(max = 20) String confirmation,
        /* record-payment: the pages or copies a per-unit fee is counted on, the exemption granted (its reason) */
        @Min(1) @Max(10_000) Integer units,
        @Size(max = 500) String exemption) {

    public static ActionRequest empty() {
        return new ActionRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** The typed command for {@code action}; a field it needs that is missing is refused naming the field. */
    public DossierCommand toCommand(DossierAction action) {
        return switch (action) {
            case ACCEPT -> new DossierCommand.Accept(channel);
            case REQUEST_SUPPLEMENT -> new DossierCommand.RequestSupplement(reason, missing, supplementBy);
            case SUPPLEMENT -> new DossierCommand.Supplement(components);
            case REFUSE -> new DossierCommand.Refuse(reason);
            case ASSIGN -> new DossierCommand.Assign(assignee);
            case PROPOSE -> new DossierCommand.Propose(summary, Boolean.TRUE.equals(refusal), resultFileId);
            case SEND_BACK -> new DossierCommand.SendBack(reason);
            case APPROVE -> new DossierCommand.Approve(comment, LeaderSigning.confirmedBy(confirmation));
            case RETURN_RESULT -> new DossierCommand.ReturnResult(channel);
            case TRANSFER -> new DossierCommand.Transfer(toUnit, workingDays, reason);
            case EXTEND -> new DossierCommand.Extend(reason, newDueAt == null ? null : newDueAt.toInstant());
            case STOP -> new DossierCommand.Stop(reason);
            case WITHDRAW -> new DossierCommand.Withdraw(reason);
            case RATE -> new DossierCommand.Rate(score, comment);
            // ONLINE comes from the payment gateway's signed callback only
            case RECORD_PAYMENT -> new DossierCommand.RecordPayment("ONLINE".equals(method) ? null : method, amount, null,
                    units, exemption);
        };
    }
}
