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

/** The body of any dossier action; each action reads the fields it needs and names those missing. */
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
        @Min(1) @Max(5) Integer score) {

    public static ActionRequest empty() {
        return new ActionRequest(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
