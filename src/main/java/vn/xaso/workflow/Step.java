package vn.xaso.workflow;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.xaso.organization.Role;

/**
 * One step of a definition: who does it (a role, optionally a default handler), its share of the total
 * time budget in percent, and the guidance shown to officials new to it.
 */
public record Step(@NotBlank @Size(max = 32) String key, @NotNull StepKind kind, @NotBlank @Size(max = 200) String name,
        @NotNull Role role, @DecimalMin("0") @DecimalMax("100") BigDecimal budgetPercent,
        @Size(max = 64) String defaultAssignee, @Size(max = 2000) String guidance) {
}
