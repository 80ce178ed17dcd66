package vn.xaso.catalog.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.xaso.catalog.CatalogUpdate;
import vn.xaso.catalog.Procedure;

/**
 * An update of the national procedure catalog as a decision publishes it (the API's body, or the file an
 * administrator uploads): the decision, its procedures each with its national code, the national codes it abolished.
 */
record NationalUpdate(@NotBlank @Size(max = 500) String decision,
        @NotNull @Size(max = 5000) List<@NotNull @Valid ProcedureDetails> procedures,
        @Size(max = 5000) List<@NotBlank @Size(max = 32) String> abolished) {

    CatalogUpdate.Outcome applyWith(CatalogUpdate update, UnaryOperator<Procedure> checked, String by) {
        return update.apply(decision.strip(), procedures.stream().map(p -> checked.apply(p.toProcedure(p.nationalCode(), null))).toList(),
                abolished == null ? List.of() : abolished, by);
    }
}
