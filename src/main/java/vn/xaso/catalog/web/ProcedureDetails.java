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
import vn.xaso.catalog.Procedure;

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
        @Min(0) @Max(1_000_000_000) Long fee,
        Boolean fullyOnline,
        @NotEmpty @Size(max = 5) Set<Procedure.Channel> channels,
        @NotBlank @Size(max = 300) String resultName,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Component> components,
        @Size(max = 13) String transferTo,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal transferDays) {

    /** A component as typed: the name, original or copy, how many, required or not. */
    record Component(@NotBlank @Size(max = 500) String name, @NotNull Procedure.CopyType copyType, @Min(1) @Max(100) Integer quantity,
            Boolean required) {
    }

    Procedure toProcedure(String pathCode) {
        Procedure.ProcessingTime time = processingTime;
        int given = (time.workingDays() != null ? 1 : 0) + (time.workingHours() != null ? 1 : 0)
                + (Boolean.TRUE.equals(time.sameDay()) ? 1 : 0);
        if (given != 1 || (time.workingDays() != null && time.workingDays().signum() <= 0)
                || (time.workingHours() != null && time.workingHours().signum() <= 0)) {
            throw new InvalidInput("processingTime", "catalog.time.one");
        }
        return new Procedure(pathCode != null ? pathCode : code, 0, nationalCode, name.strip(), field.strip(), level, time,
                fee == null ? 0 : fee, Boolean.TRUE.equals(fullyOnline), channels, resultName.strip(),
                components.stream().map(c -> new Procedure.Component(c.name().strip(), c.copyType(),
                        c.quantity() == null ? 1 : c.quantity(), !Boolean.FALSE.equals(c.required()))).toList(),
                transferTo, transferDays);
    }
}
