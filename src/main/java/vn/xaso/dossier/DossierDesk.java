package vn.xaso.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Conflict;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.api.Refusal;
import vn.xaso.audit.AuditEvent;
import vn.xaso.calendar.Calendars;
import vn.xaso.calendar.Timeliness;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.catalog.Procedure;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;
import vn.xaso.workflow.Definition;
import vn.xaso.workflow.Instance;
import vn.xaso.workflow.StepKind;
import vn.xaso.workflow.Task;
import vn.xaso.workflow.Workflows;

/**
 * The dossier module's published API: submitting a dossier and every action on it, each in one
 * transaction, on the dossier row locked for it, recorded in the dossier's history and the audit trail.
 */
@Service
public class DossierDesk {

    static final String KIND = "DOSSIER";
    private static final String INCOMPLETE = "Hồ sơ chưa đủ thành phần bắt buộc";
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    private final Dossiers dossiers;
    private final Catalog catalog;
    private final Workflows workflows;
    private final Calendars calendars;
    private final Organization organization;
    private final DossierVisibility visibility;
    private final DossierFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DossierDesk(Dossiers dossiers, Catalog catalog, Workflows workflows, Calendars calendars, Organization organization,
            DossierVisibility visibility, DossierFiles files, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.visibility = visibility;
        this.files = files;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.workflows = workflows;
        this.calendars = calendars;
        this.organization = organization;
        this.events = events;
    }

    /**
     * A new dossier with its code. At the counter or by post it is received at once (due time set, handed to
     * the leader); online it waits in SUBMITTED for the counter to accept it.
     */
    @Transactional
    public Dossier submit(XasoUser user, NewDossier request) {
        Procedure procedure = catalog.procedure(request.procedureCode())
                .orElseThrow(() -> new InvalidInput("procedureCode", "catalog.procedure.unknown"));
        if (organization.unit(request.unitCode()).isEmpty()) {
            throw new InvalidInput("unitCode", "input.unit.unknown");
        }
        if (!catalog.isOfferedBy(procedure, request.unitCode())) {
            throw new InvalidInput("procedureCode", "dossier.procedure.not-offered", request.unitCode());
        }
        if (!procedure.channels().contains(request.channel())) {
            throw new InvalidInput("channel", "dossier.channel.not-offered", Refusal.term("channel." + request.channel()));
        }
        boolean counterOfUnit = user.hasRole(Role.COUNTER) && request.unitCode().equals(user.unitCode());
        if (request.channel() == Channel.ONLINE ? !(user.isCitizen() || counterOfUnit) : !counterOfUnit) {
            throw new Forbidden("dossier.counter.only");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Organization.ZONE);
        String code = request.unitCode() + "-" + CODE_DAY.format(today) + "-"
                + String.format(Locale.ROOT, "%04d", dossiers.nextNumber(request.unitCode(), today));
        Definition definition = catalog.workflowFor(procedure.code(), request.unitCode());
        Dossier dossier = new Dossier(code, procedure.code(), procedure.version(), definition.id(), request.unitCode(), null,
                request.channel(), DossierStatus.SUBMITTED, request.applicant(), user.isCitizen() ? user.getUsername() : null,
                now, null, null, null, null, null, null, 0, false, false, null, List.of(), null, null, false, null, null,
                request.sets() == null ? 1 : request.sets(), request.resultChannel(), null, null, null, 0);
        List<DossierComponent> components = components(procedure, request.components());
        dossiers.insert(dossier, components);
        Instance instance = workflows.create(KIND, code, request.unitCode(), procedure.name() + " — " + request.applicant().fullName(),
                definition.id());
        record(dossier, user, "submit", null, DossierStatus.SUBMITTED, procedure.name());
        List<String> lacking = components.stream().filter(c -> c.required() && !c.provided()).map(DossierComponent::name).toList();
        if (request.channel() != Channel.ONLINE && !lacking.isEmpty()) {
            askToComplete(dossier, user, lacking);
        } else if (request.channel() == Channel.ONLINE) {
            workflows.moveTo(instance.id(), 0, request.unitCode(), null, user.getUsername(), null, now);
            events.publishEvent(new DossierSubmitted(code, request.unitCode(), procedure.code(), now));
        } else {
            workflows.moveTo(instance.id(), 0, request.unitCode(), user.getUsername(), user.getUsername(), null, now);
            receive(dossier, procedure, instance, user, now);
        }
        return dossiers.find(code).orElseThrow();
    }

    /** The dossier if the user may see it: officials of its unit (or of the unit handling it), its applicant. */
    @Transactional(readOnly = true)
    public Dossier get(XasoUser user, String code) {
        return dossiers.find(code).filter(d -> canSee(user, d)).orElseThrow(() -> new NotFound("Dossier", code));
    }

    /** The actions the user may take now. */
    @Transactional(readOnly = true)
    public List<DossierAction> actions(XasoUser user, String code) {
        Dossier dossier = get(user, code);
        Task open = openTask(dossier).orElse(null);
        List<DossierAction> allowed = new ArrayList<>();
        for (DossierAction action : DossierAction.values()) {
            if (action.check(user, dossier, open) == DossierAction.Verdict.ALLOWED) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Takes an action: 404 if the dossier is not the user's to see, 403 if not theirs to take, 409 if not now. */
    @Transactional
    public ActionResult act(XasoUser user, String code, DossierAction action, ActionRequest request) {
        Dossier d = dossiers.lock(code).filter(x -> canSee(user, x)).orElseThrow(() -> new NotFound("Dossier", code));
        Instance instance = workflows.instance(KIND, code).orElseThrow();
        Task open = workflows.openTasks(instance.id()).stream().findFirst().orElse(null);
        switch (action.check(user, d, open)) {
            case FORBIDDEN -> throw new Forbidden("dossier.action.forbidden",
                    Refusal.term("dossier.action." + action.path()));
            case NOT_NOW -> throw new Conflict("dossier.action.not-now",
                    Refusal.term("dossier.action." + action.path()), Refusal.term("status." + d.status()));
            default -> { }
        }
        List<String> warnings = new ArrayList<>();
        new DossierTransitions(this, d, instance, open, user, clock.instant(), warnings).run(action, request);
        return new ActionResult(dossiers.find(code).orElseThrow(), warnings);
    }

    /** The dossier after an action, and anything the official should know about what they just did. */
    public record ActionResult(Dossier dossier, List<String> warnings) {
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(XasoUser user, String code) {
        get(user, code);
        return dossiers.history(code);
    }

    /** History without an access check, for callers that already checked. */
    List<HistoryEntry> history(String code) {
        return dossiers.history(code);
    }

    /** Every task the dossier has been through, in order. */
    public List<Task> tasksOf(Dossier dossier) {
        return workflows.instance(KIND, dossier.code()).map(i -> workflows.tasks(i.id())).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<DossierComponent> components(String code) {
        return dossiers.components(code);
    }

    /** The task the dossier waits on, if any. */
    public Optional<Task> openTask(Dossier dossier) {
        return workflows.instance(KIND, dossier.code()).flatMap(i -> workflows.openTasks(i.id()).stream().findFirst());
    }

    /** Working minutes the clock has stood still (waiting for supplements), including a pause still running. */
    public long pausedMinutes(Dossier dossier) {
        return workflows.instance(KIND, dossier.code()).map(i -> {
            long seconds = i.pausedSeconds();
            if (i.status() == Instance.Status.PAUSED && i.pausedSince() != null) {
                seconds += calendars.forUnit(i.unitCode()).workingSecondsBetween(i.pausedSince(), clock.instant());
            }
            return seconds / 60;
        }).orElse(0L);
    }

    /** Public tracking: only with the applicant's ID number, else as if the dossier did not exist. */
    @Transactional(readOnly = true)
    public Dossier track(String code, String idNumber) {
        return dossiers.find(code).filter(d -> idNumber != null && d.applicant().idNumber().equals(idNumber.strip()))
                .orElseThrow(() -> new NotFound("Dossier", code));
    }

    boolean canSee(XasoUser user, Dossier d) {
        return visibility.canSee(user, d);
    }

    // --- used by the transitions -------------------------------------------------------------------

    /**
     * Receipt: the appointment is computed from the procedure's legal time, the dossier takes the next line of the
     * unit's book (Sổ theo dõi hồ sơ) and is handed over to the next step at once (it is electronic).
     */
    void receive(Dossier d, Procedure procedure, Instance instance, XasoUser user, Instant now) {
        WorkingCalendar calendar = calendars.forUnit(d.unitCode());
        Instant due = calendar.due(now, procedure.processingTime().duration());
        workflows.start(instance.id(), now, due);
        Definition definition = workflows.definition(d.definitionId());
        int next = definition.next(StepKind.ASSIGN, 1).orElse(1);
        workflows.moveTo(instance.id(), next, d.unitCode(), null, user.getUsername(), "received", now);
        int book = LocalDate.ofInstant(now, Organization.ZONE).getYear();
        dossiers.update(d.code(), new Dossiers.Changes().set("status", DossierStatus.RECEIVED).set("received_at", now)
                .set("due_at", due).set("legal_due_at", due).set("handed_over_at", now).set("register_book", book)
                .set("register_line", dossiers.nextRegisterLine(d.unitCode(), book)));
        record(d, user, "accept", d.status(), DossierStatus.RECEIVED, null);
        events.publishEvent(new DossierReceived(d.code(), d.unitCode(), d.procedureCode(), now, due));
    }

    /**
     * Handed in at the counter without every required component: not received (no appointment, the clock does not
     * start); the officer gives the applicant the supplement request (Mẫu 02) listing all gaps instead of Mẫu 01.
     */
    private void askToComplete(Dossier d, XasoUser user, List<String> lacking) {
        dossiers.update(d.code(), new Dossiers.Changes().set("status", DossierStatus.WAITING_SUPPLEMENT)
                .set("status_before_supplement", DossierStatus.SUBMITTED).set("missing", String.join("\n", lacking)));
        record(d, user, "request-supplement", DossierStatus.SUBMITTED, DossierStatus.WAITING_SUPPLEMENT,
                INCOMPLETE + " — " + String.join("; ", lacking));
    }

    void finished(Dossier d, DossierStatus status, Instant at, Timeliness timeliness) {
        events.publishEvent(new DossierFinished(d.code(), d.unitCode(), status, at, timeliness));
    }

    Timeliness timeliness(Dossier d, Instance finished) {
        if (d.lateBySupplement()) {
            return Timeliness.LATE;
        }
        return finished.dueAt() == null ? null : WorkingCalendar.timeliness(finished.finishedAt(), finished.dueAt());
    }

    Procedure procedureOf(Dossier d) {
        return catalog.version(d.procedureCode(), d.procedureVersion());
    }

    Official specialistOf(String unitCode, String username) {
        return organization.official(username)
                .filter(o -> o.active() && o.unitCode().equals(unitCode) && o.hasRole(Role.SPECIALIST))
                .orElseThrow(() -> new InvalidInput("assignee", "dossier.assignee.not-specialist", unitCode));
    }

    boolean unitExists(String code) {
        return organization.unit(code).isPresent();
    }

    DossierFiles files() {
        return files;
    }

    Workflows workflows() {
        return workflows;
    }

    Calendars calendars() {
        return calendars;
    }

    Dossiers dossiers() {
        return dossiers;
    }

    void record(Dossier d, XasoUser user, String action, DossierStatus from, DossierStatus to, String comment) {
        Instant now = clock.instant();
        dossiers.addHistory(d.code(), new HistoryEntry(now, user.getUsername(), action, from, to, comment));
        events.publishEvent(new AuditEvent(now, user.getUsername(), d.unitCode(), "dossier." + action, "dossier", d.code(),
                from == null ? null : java.util.Map.of("status", from.name()),
                comment == null ? java.util.Map.of("status", to.name()) : java.util.Map.of("status", to.name(), "comment", comment)));
    }

    private static List<DossierComponent> components(Procedure procedure, List<NewDossier.ComponentGiven> given) {
        List<DossierComponent> components = new ArrayList<>();
        for (Procedure.Component c : procedure.components()) {
            boolean provided = given == null || given.stream().anyMatch(g -> g.name().strip().equalsIgnoreCase(c.name())
                    && !Boolean.FALSE.equals(g.provided()));
            components.add(new DossierComponent(c.name(), c.copyType(), c.quantity(), c.required(), provided));
        }
        if (given != null) {
            given.stream().filter(g -> procedure.components().stream().noneMatch(c -> c.name().equalsIgnoreCase(g.name().strip())))
                    .forEach(g -> components.add(new DossierComponent(g.name().strip(), Procedure.CopyType.COPY, 1, false,
                            !Boolean.FALSE.equals(g.provided()))));
        }
        return components;
    }
}
