package vn.xaso.catalog.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.xaso.api.InvalidInput;
import vn.xaso.catalog.Fee;
import vn.xaso.catalog.Procedure;
import vn.xaso.catalog.Sheet;

/**
 * What an administrator publishes for a procedure (each publication is a new version), or what an update of the
 * national catalog says of one (known by its national code, no code of its own).
 */
record ProcedureDetails(
        @Pattern(regexp = "[A-Z0-9][A-Z0-9.-]{0,31}", message = "capital letters, digits, '.' and '-'") String code,
        @Size(max = 32) String nationalCode,
        @NotBlank @Size(max = 500) String name,
        @NotBlank @Size(max = 100) String field,
        @NotNull Procedure.Level level,
        @NotNull @Valid Procedure.ProcessingTime processingTime,
        @Valid Fee fee,
        Boolean fullyOnline,
        @NotEmpty @Size(max = 5) Set<Procedure.Channel> channels,
        @NotBlank @Size(max = 300) String resultName,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Component> components,
        @Size(max = 13) String transferTo,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal transferDays,
        @Size(max = 3) List<@NotNull @Valid ChannelTimeGiven> processingTimes,
        @Size(max = 4000) String legalBasis,
        @Size(max = 500) String decision) {

    /** A channel whose legal time differs from the counter's ({@code processingTime}). */
    record ChannelTimeGiven(@NotNull Procedure.Channel channel, @NotNull @Valid Procedure.ProcessingTime time) {
    }

    /** A component as typed: the name, original or copy, how many, required or not. */
    record Component(@NotBlank @Size(max = 500) String name, @NotNull Procedure.CopyType copyType, @Min(1) @Max(100) Integer quantity,
            Boolean required) {
    }

    /**
     * The procedure as published by an administrator, who answers for it: nothing is left to confirm. What the
     * national catalog said of it ({@code before}: notes, levels, competent body, source) is kept.
     */
    Procedure toProcedure(String pathCode, Sheet before) {
        ProcedureChecks.time("processingTime", processingTime);
        List<Sheet.ChannelTime> times = ProcedureChecks.channelTimes(processingTimes == null ? null : processingTimes.stream()
                .map(t -> new Sheet.ChannelTime(t.channel(), t.time())).toList(), processingTime);
        Fee schedule = fee == null ? Fee.FREE : fee;
        ProcedureChecks.fee(schedule);
        Sheet sheet = new Sheet(times, schedule, before == null ? List.of() : before.notes(),
                before == null ? null : before.levels(), before == null ? null : before.competentBody(),
                legalBasis != null ? legalBasis.strip() : before == null ? null : before.legalBasis(),
                decision != null ? decision.strip() : before == null ? null : before.decision(),
                before == null ? null : before.source(), before == null ? null : before.sourceDate(), List.of());
        return new Procedure(pathCode != null ? pathCode : code, 0, nationalCode, name.strip(), field.strip(), level,
                processingTime, schedule.amountFor(1), Boolean.TRUE.equals(fullyOnline), channels, resultName.strip(),
                components.stream().map(c -> new Procedure.Component(c.name().strip(), c.copyType(),
                        c.quantity() == null ? 1 : c.quantity(), !Boolean.FALSE.equals(c.required()))).toList(),
                transferTo, transferDays, sheet);
    }
}
