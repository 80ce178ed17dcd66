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
        checkTime("processingTime", processingTime);
        List<Sheet.ChannelTime> times = processingTimes == null ? List.of() : processingTimes.stream()
                .map(t -> new Sheet.ChannelTime(t.channel(), t.time())).filter(t -> !t.time().equals(processingTime)).toList();
        for (int i = 0; i < times.size(); i++) {
            checkTime("processingTimes[" + i + "].time", times.get(i).time());
        }
        if (times.stream().map(Sheet.ChannelTime::channel).distinct().count() != times.size()) {
            throw new InvalidInput("processingTimes", "catalog.time.channel-twice");
        }
        Fee schedule = fee == null ? Fee.FREE : fee;
        checkFee(schedule);
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

    /** Exactly one way of stating a time, greater than 0 (whole days when in calendar days). */
    private static void checkTime(String field, Procedure.ProcessingTime time) {
        boolean positive = (time.workingDays() == null || time.workingDays().signum() > 0)
                && (time.workingHours() == null || time.workingHours().signum() > 0)
                && (time.calendarDays() == null || (time.calendarDays().signum() > 0 && time.calendarDays().stripTrailingZeros().scale() <= 0));
        int given = (time.workingDays() != null ? 1 : 0) + (time.workingHours() != null ? 1 : 0)
                + (Boolean.TRUE.equals(time.sameDay()) ? 1 : 0) + (time.calendarDays() != null ? 1 : 0);
        if (given != 1 || !positive) {
            throw new InvalidInput(field, "catalog.time.one");
        }
    }

    /** A schedule that says what to collect: an amount unless free; a rate per unit for a reduced rate or a cap. */
    private static void checkFee(Fee fee) {
        boolean free = fee.kind() == Fee.Kind.FREE;
        boolean amounts = fee.amount() == null ? free : fee.amount() > 0 && !free;
        boolean perUnit = fee.perUnit() != null || (fee.reducedFrom() == null && fee.reducedAmount() == null && fee.cap() == null);
        boolean reduced = (fee.reducedFrom() == null) == (fee.reducedAmount() == null)
                && (fee.reducedFrom() == null || (fee.reducedFrom() > 1 && fee.reducedAmount() >= 0));
        boolean cap = fee.cap() == null || (fee.amount() != null && fee.cap() >= fee.amount());
        boolean exemptions = fee.exemptions().stream().allMatch(e -> e.reason() != null && !e.reason().isBlank()
                && e.amount() >= 0 && (fee.amount() == null || e.amount() < fee.amount()));
        if (fee.kind() == null || !amounts || !perUnit || !reduced || !cap || !exemptions) {
            throw new InvalidInput("fee", "catalog.fee.invalid");
        }
    }
}
