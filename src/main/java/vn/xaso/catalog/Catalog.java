package vn.xaso.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.audit.AuditEvent;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;
import vn.xaso.organization.UnitLevel;
import vn.xaso.workflow.Definition;
import vn.xaso.workflow.Step;
import vn.xaso.workflow.StepKind;
import vn.xaso.workflow.Workflows;

/**
 * The catalog module's published API: procedures (each change is a new version) and the workflow each
 * unit follows for each procedure — its own if it defined one, else its province's, else the default.
 */
@Service
public class Catalog {

    static final String EVERYWHERE = "*";

    private final Procedures procedures;
    private final ProcedureSearch search;
    private final FolkNames folkNames;
    private final Workflows workflows;
    private final Organization organization;
    private final ApplicationEventPublisher events;

    Catalog(Procedures procedures, ProcedureSearch search, FolkNames folkNames, Workflows workflows,
            Organization organization, ApplicationEventPublisher events) {
        this.procedures = procedures;
        this.search = search;
        this.folkNames = folkNames;
        this.workflows = workflows;
        this.organization = organization;
        this.events = events;
    }

    public Optional<Procedure> procedure(String code) {
        return procedures.latest(code);
    }

    public Procedure requireProcedure(String code) {
        return procedure(code).orElseThrow(() -> new NotFound("Procedure", code));
    }

    public Procedure version(String code, int version) {
        return procedures.version(code, version).orElseThrow(() -> new NotFound("Procedure", code + " v" + version));
    }

    /** Rewrites what search reads of every procedure (at start: the folk names may have changed with the release). */
    @Transactional
    public void indexForSearch() {
        search.index(null, folkNames.all());
    }

    /** Publishes a procedure: a new version; dossiers already received keep theirs. */
    @Transactional
    public Procedure publish(Procedure details) {
        int version = procedures.nextVersion(details.code());
        Procedure procedure = new Procedure(details.code(), version, details.nationalCode(), details.name(), details.field(),
                details.level(), details.processingTime(), details.fee(), details.fullyOnline(), details.channels(),
                details.resultName(), details.components(), details.transferTo(), details.transferDays(), details.sheet());
        procedures.insert(procedure);
        search.index(procedure.code(), folkNames.all());
        events.publishEvent(AuditEvent.of("procedure.published", null, "procedure", procedure.code(), null, procedure));
        return procedure;
    }

    /**
     * A province administrator settles what the source left open: the time (and each channel's own where it differs)
     * and, if given, the fee schedule. A new version, with nothing left to confirm; dossiers received keep theirs.
     */
    @Transactional
    public Procedure confirm(String code, Procedure.ProcessingTime time, List<Sheet.ChannelTime> times, Fee fee) {
        Procedure p = requireProcedure(code);
        Sheet was = p.sheet();
        Fee schedule = fee != null ? fee : was.fee();
        Sheet sheet = new Sheet(times, schedule, was.notes(), was.levels(), was.competentBody(), was.legalBasis(),
                was.decision(), was.source(), was.sourceDate(), List.of());
        Procedure confirmed = publish(new Procedure(p.code(), 0, p.nationalCode(), p.name(), p.field(), p.level(), time,
                schedule.amountFor(1), p.fullyOnline(), p.channels(), p.resultName(), p.components(), p.transferTo(),
                p.transferDays(), sheet));
        events.publishEvent(AuditEvent.of("procedure.confirmed", null, "procedure", code, was.toConfirm(),
                Map.of("version", confirmed.version(), "processingTime", String.valueOf(time), "fee", schedule)));
        return confirmed;
    }

    /** Procedures with something left to confirm, by code, after {@code after}. */
    @Transactional(readOnly = true)
    public List<Procedure> toConfirm(String after, int limit) {
        return procedures.toConfirm(after, limit);
    }

    /** The workflow definition a unit follows for a procedure now. */
    @Transactional
    public Definition workflowFor(String procedureCode, String unitCode) {
        for (Unit unit = organization.unit(unitCode).orElse(null); unit != null;
                unit = organization.unit(unit.parentCode()).orElse(null)) {
            Optional<Long> id = procedures.workflow(procedureCode, unit.code());
            if (id.isPresent()) {
                return workflows.definition(id.get());
            }
        }
        return procedures.workflow(procedureCode, EVERYWHERE).map(workflows::definition)
                .orElseGet(() -> defineWorkflow(procedureCode, EVERYWHERE, DefaultWorkflow.steps()));
    }

    /** Where the unit's workflow for the procedure comes from: the unit itself, an ancestor, or the default ({@value #EVERYWHERE}). */
    public String workflowScope(String procedureCode, String unitCode) {
        for (Unit unit = organization.unit(unitCode).orElse(null); unit != null;
                unit = organization.unit(unit.parentCode()).orElse(null)) {
            if (procedures.workflow(procedureCode, unit.code()).isPresent()) {
                return unit.code();
            }
        }
        return EVERYWHERE;
    }

    /** Drops a unit's own workflow, so it follows its province's again. Dossiers already received keep theirs. */
    @Transactional
    public boolean clearWorkflow(String procedureCode, String scope) {
        boolean removed = procedures.removeWorkflow(procedureCode, scope);
        if (removed) {
            events.publishEvent(AuditEvent.of("workflow.cleared", scope, "procedure-workflow", procedureCode + "@" + scope,
                    null, null));
        }
        return removed;
    }

    /** Gives a unit (or a province, for all its units) its own step list for a procedure; a new version. */
    @Transactional
    public Definition defineWorkflow(String procedureCode, String scope, List<Step> steps) {
        checkShape(steps);
        Definition definition = workflows.define(procedureCode + " @ " + scope, steps);
        procedures.assignWorkflow(procedureCode, scope, definition.id());
        events.publishEvent(AuditEvent.of("workflow.defined", EVERYWHERE.equals(scope) ? null : scope, "procedure-workflow",
                procedureCode + "@" + scope, null, steps));
        return definition;
    }

    /** Any order a unit likes, as long as the counter receives first and returns last, and someone processes before approval. */
    private static void checkShape(List<Step> steps) {
        if (steps == null || steps.stream().anyMatch(step -> step == null || step.kind() == null || step.role() == null
                || step.name() == null || step.name().isBlank() || step.key() == null || !step.key().matches("[a-z][a-z0-9-]{0,31}")
                || step.budgetPercent() == null || step.budgetPercent().signum() < 0)) {
            throw new InvalidInput("steps", "catalog.steps.incomplete");
        }
        if (steps.stream().map(Step::key).distinct().count() != steps.size()) {
            throw new InvalidInput("steps", "catalog.steps.duplicate");
        }
        if (steps.size() < 3 || steps.get(0).kind() != StepKind.RECEIVE || steps.get(steps.size() - 1).kind() != StepKind.RETURN) {
            throw new InvalidInput("steps", "catalog.steps.ends");
        }
        int process = -1;
        int approve = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == StepKind.PROCESS && process < 0) {
                process = i;
            }
            if (steps.get(i).kind() == StepKind.APPROVE) {
                approve = i;
            }
        }
        if (process < 0 || approve < process) {
            throw new InvalidInput("steps", "catalog.steps.approval");
        }
        int total = steps.stream().mapToInt(step -> step.budgetPercent().intValue()).sum();
        if (total > 100) {
            throw new InvalidInput("steps", "catalog.steps.budget");
        }
    }
}
