package vn.xaso.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.xaso.api.Inputs;

/** What an administrator enters for a unit. */
public record UnitDetails(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9.]{0,12}", message = "{unit.code.format}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull UnitType type,
        @Size(max = 13) String parentCode,
        @Pattern(regexp = "[0-9]{1,10}", message = "{unit.statCode.format}") String statCode,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @Size(max = 13) String successorCode,
        @Size(max = 50) List<@NotNull @Valid Predecessor> mergedFrom) {

    public UnitDetails {
        parentCode = Inputs.blankToNull(parentCode);
        statCode = Inputs.blankToNull(statCode);
        successorCode = Inputs.blankToNull(successorCode);
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
    }

    /** A former unit this one was formed from. */
    public record Predecessor(@NotBlank @Size(max = 13) String code, boolean partial) {
    }
}
