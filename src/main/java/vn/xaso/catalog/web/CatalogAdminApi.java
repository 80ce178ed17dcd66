package vn.xaso.catalog.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.Conflict;
import vn.xaso.api.CursorPage;
import vn.xaso.api.Forbidden;
import vn.xaso.api.Inputs;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.api.Refusal;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Offerings;
import vn.xaso.catalog.CatalogUpdate;
import vn.xaso.catalog.Fee;
import vn.xaso.catalog.Sheet;
import vn.xaso.catalog.Offering;
import vn.xaso.catalog.Procedure;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.UnitAccess;
import vn.xaso.organization.Organization;
import vn.xaso.workflow.Definition;
import vn.xaso.workflow.Step;

/**
 * Administrators' side of the catalog: publishing procedures (each change a new version) and each unit's
 * internal workflow for a procedure (the province's default until a unit defines its own).
 */
@RestController
@RequestMapping("/api/v1/procedures")
class CatalogAdminApi {

    private final Catalog catalog;
    private final CatalogUpdate catalogUpdate;
    private final Organization organization;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final Offerings offerings;

    CatalogAdminApi(Catalog catalog, CatalogUpdate catalogUpdate, Organization organization, UnitAccess access,
            CurrentUser currentUser, Offerings offerings) {
        this.offerings = offerings;
        this.catalog = catalog;
        this.catalogUpdate = catalogUpdate;
        this.organization = organization;
        this.access = access;
        this.currentUser = currentUser;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    Procedure create(@Valid @RequestBody ProcedureDetails details) {
        if (details.code() == null) {
            throw new InvalidInput("code", "catalog.code.required");
        }
        if (catalog.procedure(details.code()).isPresent()) {
            throw new Conflict("catalog.procedure.exists", details.code());
        }
        return catalog.publish(checked(details.toProcedure(null, null)));
    }

    /** A new version of the procedure; dossiers already received stay on theirs. */
    @PutMapping("/{code}")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    Procedure newVersion(@PathVariable String code, @Valid @RequestBody ProcedureDetails details) {
        catalog.requireProcedure(code);
        return catalog.publish(checked(details.toProcedure(code, catalog.requireProcedure(code).sheet())));
    }

    /**
     * Imports an update of the national procedure catalog: the decision that published it, its procedures (each
     * with its national code) and the national codes it abolished.
     */
    @PostMapping(path = "/import", consumes = "application/json")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    CatalogUpdate.Outcome importUpdate(@Valid @RequestBody NationalUpdate update) {
        return update.applyWith(catalogUpdate, this::checked, currentUser.get().getUsername());
    }

    /** The same from rows in the shape of {@code catalog/procedures.csv}, with the decision they come from. */
    @PostMapping(path = "/import", consumes = "text/csv")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    CatalogUpdate.Outcome importRows(@RequestParam(required = false) String decision, @RequestBody byte[] csv) {
        return NationalRows.apply(catalogUpdate, decision, csv, currentUser.get().getUsername());
    }

    /** The queue of procedures with something to confirm, with the source's own words for each item. */
    @GetMapping("/to-confirm")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    CursorPage<Procedure> toConfirm(@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        int size = CursorPage.limit(limit);
        List<Procedure> page = catalog.toConfirm(Inputs.blankToNull(after), size);
        return new CursorPage<>(page, page.size() == size ? page.get(page.size() - 1).code() : null);
    }

    /** Settles what the source left open: the time (per channel where it differs), and the fee schedule if given. */
    @PutMapping("/{code}/confirmation")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    Procedure confirm(@PathVariable String code, @Valid @RequestBody Confirmation confirmation) {
        catalog.requireProcedure(code);
        ProcedureChecks.time("processingTime", confirmation.processingTime());
        List<Sheet.ChannelTime> times = ProcedureChecks.channelTimes(confirmation.processingTimes() == null ? null
                : confirmation.processingTimes().stream().map(t -> new Sheet.ChannelTime(t.channel(), t.time())).toList(),
                confirmation.processingTime());
        if (confirmation.fee() != null) {
            ProcedureChecks.fee(confirmation.fee());
        }
        return catalog.confirm(code, confirmation.processingTime(), times, confirmation.fee());
    }

    record Confirmation(@NotNull @Valid Procedure.ProcessingTime processingTime,
            @Size(max = 3) List<ProcedureDetails.@NotNull @Valid ChannelTimeGiven> processingTimes, @Valid Fee fee) {
    }

    /**
     * Who carries out what: the province administrator decides, for a unit or (given the province) for all its units
     * at once, whether it carries out the procedure, only receives and passes it on, or does not offer it.
     */
    @PutMapping("/{code}/offering")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    OfferingView setOffering(@PathVariable String code, @Valid @RequestBody OfferingChoice choice) {
        Procedure procedure = catalog.requireProcedure(code);
        String scope = administered(choice.unit());
        offerings.setOffering(procedure.code(), scope, choice.offering(), currentUser.get().getUsername());
        return new OfferingView(procedure.code(), scope, offerings.offering(procedure, scope));
    }

    /** The same choice for many procedures at once (a whole field, or the codes listed). */
    @PutMapping("/offering")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    List<OfferingView> setOfferings(@Valid @RequestBody BulkOfferingChoice choice) {
        String scope = administered(choice.unit());
        List<String> codes = choice.codes() != null && !choice.codes().isEmpty() ? choice.codes()
                : choice.field() != null ? offerings.find(null, null, choice.field().strip(), CursorPage.MAX_LIMIT).stream()
                        .map(o -> o.procedure().code()).toList() : List.of();
        if (codes.isEmpty()) {
            throw new InvalidInput("codes", "catalog.offering.none-chosen");
        }
        codes.forEach(code -> catalog.requireProcedure(code));
        return codes.stream().map(code -> {
            offerings.setOffering(code, scope, choice.offering(), currentUser.get().getUsername());
            return new OfferingView(code, scope, choice.offering());
        }).toList();
    }

    record OfferingChoice(@NotBlank @Size(max = 13) String unit, @NotNull Offering offering) {
    }

    record BulkOfferingChoice(@NotBlank @Size(max = 13) String unit, @NotNull Offering offering,
            @Size(max = 500) List<@NotBlank @Size(max = 32) String> codes, @Size(max = 100) String field) {
    }

    record OfferingView(String procedureCode, String unit, Offering offering) {
    }

    /** The workflow a unit follows for the procedure, and where it comes from: officials' business, not citizens'. */
    @GetMapping("/{code}/workflow")
    WorkflowView workflow(@PathVariable String code, @RequestParam(required = false) String unit) {
        if (currentUser.get().isCitizen()) {
            throw new Forbidden("catalog.workflow.officials-only");
        }
        catalog.requireProcedure(code);
        String unitCode = unitOrMine(unit);
        Definition definition = catalog.workflowFor(code, unitCode);
        return new WorkflowView(code, unitCode, catalog.workflowScope(code, unitCode), definition.id(), definition.steps());
    }

    @PutMapping("/{code}/workflow")
    WorkflowView defineWorkflow(@PathVariable String code, @RequestParam(required = false) String unit,
            @RequestBody @Size(max = 30) List<@NotNull @Valid Step> steps) {
        catalog.requireProcedure(code);
        String scope = administered(unit);
        for (Step step : steps == null ? List.<Step>of() : steps) {
            if (step != null && step.defaultAssignee() != null && organization.official(step.defaultAssignee())
                    .filter(o -> o.active() && o.unitCode().equals(scope) && step.role() != null && o.hasRole(step.role())).isEmpty()) {
                throw new InvalidInput("steps", "catalog.steps.assignee",
                        step.defaultAssignee(), Refusal.term("role." + step.role()), scope);
            }
        }
        Definition definition = catalog.defineWorkflow(code, scope, steps);
        return new WorkflowView(code, scope, scope, definition.id(), definition.steps());
    }

    /** Back to the province's default. */
    @DeleteMapping("/{code}/workflow")
    ResponseEntity<Void> clearWorkflow(@PathVariable String code, @RequestParam(required = false) String unit) {
        if (!catalog.clearWorkflow(code, administered(unit))) {
            throw new NotFound("Own workflow", code + " / " + unit);
        }
        return ResponseEntity.noContent().build();
    }

    private Procedure checked(Procedure procedure) {
        if (procedure.transferTo() != null && organization.unit(procedure.transferTo()).isEmpty()) {
            throw new InvalidInput("transferTo", "input.unit.unknown");
        }
        return procedure;
    }

    private String unitOrMine(String unit) {
        String code = unit == null || unit.isBlank() ? currentUser.get().unitCode() : unit.strip();
        if (code == null || organization.unit(code).isEmpty()) {
            throw new InvalidInput("unit", "input.unit.unknown");
        }
        return code;
    }

    private String administered(String unit) {
        return access.administered(currentUser.get(), unit);
    }

    /** The effective steps, the unit asked about, and the scope that defined them ("*" for the built-in default). */
    record WorkflowView(String procedureCode, String unitCode, String definedBy, long version, List<Step> steps) {
    }
}
