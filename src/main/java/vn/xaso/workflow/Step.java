package vn.xaso.workflow;

import java.math.BigDecimal;
import vn.xaso.organization.Role;

/**
 * One step of a definition: who does it (a role, optionally a default handler), its share of the total
 * time budget in percent, and the guidance shown to officials new to it.
 */
public record Step(String key, StepKind kind, String name, Role role, BigDecimal budgetPercent,
        String defaultAssignee, String guidance) {
}
