package vn.xaso.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import vn.xaso.catalog.Procedure.Channel;

/** The body of any dossier action; each action reads the fields it needs and names those missing. */
public record ActionRequest(
        @Size(max = 2000) String reason,
        List<@Size(max = 500) String> missing,
        List<@Size(max = 500) String> components,
        @Size(max = 64) String assignee,
        @Size(max = 4000) String summary,
        String resultFileId,
        Boolean refusal,
        @Size(max = 2000) String comment,
        Channel channel,
        @Size(max = 13) String toUnit,
        BigDecimal workingDays,
        OffsetDateTime newDueAt,
        @Min(1) @Max(5) Integer score) {

    public static ActionRequest empty() {
        return new ActionRequest(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
