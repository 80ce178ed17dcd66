package vn.xaso.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import vn.xaso.organization.Unit;
import vn.xaso.organization.UnitDetails;
import vn.xaso.organization.UnitType;

/**
 * The administrator's form for a unit. Dates are typed dd/MM/yyyy; former units are typed as a list of
 * codes, a trailing * marking a unit merged only in part (e.g. {@code 13546, 14503*}).
 */
record UnitForm(
        @Pattern(regexp = "|[A-Z0-9][A-Z0-9.]{0,12}", message = "{unit.code.format}") String code,
        @NotBlank(message = "{form.required}") @Size(max = 200) String name,
        @NotNull(message = "{form.required}") UnitType type,
        String parentCode,
        @Pattern(regexp = "|[0-9]{1,10}", message = "{unit.statCode.format}") String statCode,
        @NotNull(message = "{form.required}") @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validFrom,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validTo,
        String successorCode,
        String mergedFrom,
        Integer version) {

    static UnitForm of(Unit unit) {
        String formers = unit.mergedFrom().stream()
                .map(m -> m.predecessorCode() + (m.partial() ? "*" : ""))
                .collect(Collectors.joining(", "));
        return new UnitForm(unit.code(), unit.name(), unit.type(), unit.parentCode(), unit.statCode(), unit.validFrom(),
                unit.validTo(), unit.successorCode(), formers, unit.version());
    }

    UnitDetails details(String unitCode) {
        List<UnitDetails.Predecessor> formers = mergedFrom == null ? List.of() : Arrays.stream(mergedFrom.split("[,;\\s]+"))
                .filter(code -> !code.isBlank())
                .map(code -> new UnitDetails.Predecessor(code.replace("*", ""), code.endsWith("*")))
                .toList();
        return new UnitDetails(unitCode, name, type, parentCode, statCode, validFrom, validTo, successorCode, formers);
    }
}
