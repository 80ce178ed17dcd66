package vn.xaso.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xaso.api.Conflict;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.api.Refusal;
import vn.xaso.audit.AuditEvent;
import vn.xaso.calendar.Calendars;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Offerings;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.catalog.Procedure;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;
import vn.xaso.workflow.Definition;
import vn.xaso.workflow.Instance;
import vn.xaso.workflow.Task;
import vn.xaso.workflow.Workflows;

/**
 * The dossier module's published API: submitting a dossier and every action on it, each in one transaction:
 * lock the dossier, check the caller may act now, apply the command, move the work in the inbox, save with a
 * version check, record the history and publish the event.
 */
@Service
public class DossierDesk {

    private static final String INCOMPLETE = "Hồ sơ chưa đủ thành phần bắt buộc";
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Dossiers dossiers;
    private final DossierTransitions transitions;
    private final DossierInbox inbox;
    private final Catalog catalog;
    private final Workflows workflows;
    private final Calendars calendars;
    private final Organization organization;
    private final DossierVisibility visibility;
    private final ApplicationEventPublisher events;
    private final ApplicantVerification verification;
    private final Payments payments;
    private final TrackingLimits trackingLimits;
    private final MessageSource messages;
    private final TransactionTemplate nested;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Offerings offerings;

    DossierDesk(Dossiers dossiers, DossierTransitions transitions, DossierInbox inbox, Catalog catalog, Workflows workflows,
            Calendars calendars, Organization organization, DossierVisibility visibility, ApplicationEventPublisher events,
            ApplicantVerification verification, Payments payments, TrackingLimits trackingLimits, MessageSource messages,
            PlatformTransactionManager transactionManager, CurrentUser currentUser, Clock clock, Offerings offerings) {
        this.offerings = offerings;
        this.dossiers = dossiers;
        this.currentUser = currentUser;
        this.messages = messages;
        this.nested = new TransactionTemplate(transactionManager);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.trackingLimits = trackingLimits;
        this.payments = payments;
        this.transitions = transitions;
        this.inbox = inbox;
        this.catalog = catalog;
        this.workflows = workflows;
        this.calendars = calendars;
        this.organization = organization;
        this.visibility = visibility;
        this.events = events;
        this.verification = verification;
        this.clock = clock;
    }

    /**
     * A new dossier with its code. At the counter or by post it is received at once (due time set, handed to
     * the leader) if complete, else the applicant is asked to complete it (Mẫu 02); online it waits in SUBMITTED
     * for the counter to accept it.
     */
    @Transactional
    public Dossier submit(XasoUser user, NewDossier request) {
        return submit(user, request, null);
    }

    /**
     * A dossier submitted on the national public-service portal ({@code portalCode}), handed over by the portal for the
     * unit's counter to accept: online, its history and audit in the name of the portal's account that handed it in.
     *
     * @throws org.springframework.dao.DuplicateKeyException when a dossier with this portal code exists already
     *     (nothing is saved; {@link #findByPortalCode} gives it)
     */
    @Transactional
    public Dossier submitFromPortal(String caller, String portalCode, NewDossier request) {
        return submit(XasoUser.official(caller, request.unitCode(), Role.COUNTER), request, portalCode);
    }

    /** The dossier the national portal submitted under this code, if any. */
    @Transactional(readOnly = true)
    public Optional<Dossier> findByPortalCode(String portalCode) {
        return dossiers.findByPortalCode(portalCode);
    }

    /** A dossier read for the platform's own work, not for a user (the links to the national systems). */
    @Transactional(readOnly = true)
    public Optional<Dossier> find(String code) {
        return dossiers.find(code);
    }

    /**
     * Notes that the national portal confirmed it has the dossier; the first time, tells the reports
     * ({@link DossierSynchronised}).
     */
    @Transactional
    public void portalSynchronised(String code, Instant at) {
        dossiers.markPortalSynchronised(code, at).ifPresent(events::publishEvent);
    }

    /** The codes of the dossiers handed in on a day (Vietnam time), for counting them against the national portal's. */
    @Transactional(readOnly = true)
    public List<String> submittedOn(LocalDate day) {
        return dossiers.submittedBetween(day.atStartOfDay(Organization.ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(Organization.ZONE).toInstant());
    }

    private Dossier submit(XasoUser user, NewDossier request, String portalCode) {
        Procedure procedure = procedureFor(user, request);
        Instant now = clock.instant();
        String code = nextCode(request.unitCode(), now);
        Definition definition = catalog.workflowFor(procedure.code(), request.unitCode());
        Intake intake = new Intake(request.channel(), request.applicant(), user.isCitizen() ? user.getUsername() : null,
                now, request.sets() == null ? 1 : request.sets(), request.resultChannel()).fromPortal(portalCode);
        Dossier dossier = Dossier.submitted(code, procedure.code(), procedure.version(), definition.id(),
                request.unitCode(), intake);
        List<DossierComponent> components = components(procedure, request.components());
        dossiers.insert(dossier, components);
        if (user.isCitizen() && currentUser.loggedInWithVneid()) {
            dossiers.markSubmittedWithVneid(code);
        }
        verification.checkAfterCommit(code);
        Instance instance = workflows.create(DossierInbox.KIND, code, request.unitCode(),
                procedure.name() + " — " + request.applicant().fullName(), definition.id());
        record(dossier, user, "submit", null, new DossierSubmitted(code, request.unitCode(), procedure.code(),
                procedure.name(), request.channel(), now));
        if (request.channel() == Channel.ONLINE) {
            workflows.moveTo(instance.id(), 0, request.unitCode(), null, user.getUsername(), null, now);
            return dossiers.find(code).orElseThrow();
        }
        List<String> lacking = Dossier.lacking(components);
        DossierEvent event;
        if (lacking.isEmpty()) {
            workflows.moveTo(instance.id(), 0, request.unitCode(), user.getUsername(), user.getUsername(), null, now);
            event = transitions.receive(dossier, null, now);
            inbox.follow(inbox.workOf(dossier), dossier, DossierAction.ACCEPT, event, user.getUsername(), now);
        } else {
            // not received: no appointment and no clock; the officer hands over the request to complete (Mẫu 02)
            event = dossier.requestSupplement(INCOMPLETE, lacking, now);
        }
        dossiers.save(dossier);
        record(dossier, user, lacking.isEmpty() ? "accept" : "request-supplement", DossierStatus.SUBMITTED, event);
        return dossiers.find(code).orElseThrow();
    }

    /** The procedure, if the unit offers it on the channel chosen and the user may hand it in there. */
    private Procedure procedureFor(XasoUser user, NewDossier request) {
        Procedure procedure = catalog.procedure(request.procedureCode())
                .orElseThrow(() -> new InvalidInput("procedureCode", "catalog.procedure.unknown"));
        if (organization.unit(request.unitCode()).isEmpty()) {
            throw new InvalidInput("unitCode", "input.unit.unknown");
        }
        if (!offerings.isOfferedBy(procedure, request.unitCode())) {
            throw new InvalidInput("procedureCode", "dossier.procedure.not-offered", request.unitCode(),
                    offerings.whereOffered(procedure, request.unitCode()));
        }
        if (!procedure.receivable()) {
            throw new Conflict("catalog.time.to-confirm", procedure.code());
        }
        if (!procedure.channels().contains(request.channel())) {
            throw new InvalidInput("channel", "dossier.channel.not-offered", Refusal.term("channel." + request.channel()));
        }
        boolean counterOfUnit = user.hasRole(Role.COUNTER) && request.unitCode().equals(user.unitCode());
        if (request.channel() == Channel.ONLINE ? !(user.isCitizen() || counterOfUnit) : !counterOfUnit) {
            throw new Forbidden("dossier.counter.only");
        }
        return procedure;
    }

    /** The dossier code: the unit, the day and the day's next number ({@code H40.01-261123-0001}). */
    private String nextCode(String unitCode, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Organization.ZONE);
        return unitCode + "-" + CODE_DAY.format(today) + "-"
                + String.format(Locale.ROOT, "%04d", dossiers.nextNumber(unitCode, today));
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
            // the fee is collected once, and before the result is handed over
            if (action.check(user, dossier, open) == DossierAction.Verdict.ALLOWED
                    && (action != DossierAction.RECORD_PAYMENT || feeDue(dossier) > 0)
                    && (action != DossierAction.RETURN_RESULT || feeDue(dossier) == 0)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** The fee still to collect: the procedure version's fee until it is paid, then 0. */
    public long feeDue(Dossier dossier) {
        return transitions.feeDue(dossier);
    }

    /** Who the history names for a fee paid through the payment gateway. */
    public static final String PAYMENT_GATEWAY = "cong-thanh-toan";

    /**
     * The payment gateway confirmed that the applicant paid the dossier's fee online ({@code transaction}): the
     * payment is recorded and a dossier waiting for it is received (its clock starts). A dossier that cannot take it
     * now (withdrawn meanwhile, not complete, another amount) still gets the payment recorded, with its receipt — the
     * money was taken — as "đã thu, chờ xử lý" for the counter ({@link PaymentUnsettled}). Returns false when the fee
     * was paid already (the gateway calling again).
     */
    @Transactional
    public boolean paidOnline(String code, long amount, String transaction) {
        Dossier dossier = dossiers.lock(code).orElseThrow(() -> new NotFound("Dossier", code));
        if (payments.paid(code).isPresent()) {
            return false;
        }
        XasoUser gateway = XasoUser.official(PAYMENT_GATEWAY, dossier.unitCode(), Role.COUNTER);
        try {
            // in a savepoint: a refusal leaves nothing of the attempt behind
            nested.executeWithoutResult(status -> act(gateway, code, DossierAction.RECORD_PAYMENT,
                    () -> new DossierCommand.RecordPayment("ONLINE", amount, transaction)));
        } catch (Refusal cannotTakeIt) {
            Instant now = clock.instant();
            String why = Refusal.text(cannotTakeIt, messages, VIETNAMESE);
            Payment paid = payments.pay(dossier, Charge.taken(catalog.version(dossier.procedureCode(),
                    dossier.procedureVersion()).feeSchedule(), amount), "ONLINE", transaction, PAYMENT_GATEWAY, now, why);
            events.publishEvent(new AuditEvent(now, PAYMENT_GATEWAY, dossier.unitCode(), "dossier.paid-unsettled", "dossier",
                    code, null, Map.of("amount", Long.toString(amount), "receipt", paid.receipt(), "why", why)));
            events.publishEvent(new PaymentUnsettled(code, dossier.unitCode(), amount, why, now));
        }
        return true;
    }

    /** The unit's dossiers overdue now, the longest overdue first (a leader's daily digest). */
    @Transactional(readOnly = true)
    public List<Dossier> overdueIn(String unitCode, Instant now, int limit) {
        return dossiers.overdueIn(unitCode, now, limit);
    }

    /** Whether the dossier's fee was paid online (for the reports). */
    public boolean wasPaidOnline(String code) {
        return payments.paid(code).filter(p -> p.method().equals("ONLINE")).isPresent();
    }

    /** The dossier's fee collected and refunded, in order. */
    public List<Payment> payments(Dossier dossier) {
        return payments.of(dossier.code());
    }

    /**
     * Takes an action as the API and the pages send it: 404 if the dossier is not the user's to see, 403 if not
     * theirs to take, 409 if not now, and only then 400 for a field the action needs and did not get.
     */
    @Transactional
    public ActionResult act(XasoUser user, String code, DossierAction action, ActionRequest request) {
        return act(user, code, action, () -> request.toCommand(action));
    }

    /** Takes a typed action (checked as above). */
    @Transactional
    public ActionResult act(XasoUser user, String code, DossierCommand command) {
        return act(user, code, command.action(), () -> command);
    }

    private ActionResult act(XasoUser user, String code, DossierAction action, Supplier<DossierCommand> command) {
        Dossier dossier = dossiers.lock(code).filter(d -> canSee(user, d)).orElseThrow(() -> new NotFound("Dossier", code));
        DossierWork work = inbox.workOf(dossier);
        switch (action.check(user, dossier, work.open())) {
            case FORBIDDEN -> throw new Forbidden("dossier.action.forbidden", Refusal.term("dossier.action." + action.path()));
            case NOT_NOW -> throw new Conflict("dossier.action.not-now",
                    Refusal.term("dossier.action." + action.path()), Refusal.term("status." + dossier.status()));
            default -> { }
        }
        DossierStatus from = dossier.status();
        Instant now = clock.instant();
        DossierEvent event = transitions.apply(command.get(), dossier, work, user, now);
        inbox.follow(work, dossier, action, event, user.getUsername(), now);
        dossiers.save(dossier);
        record(dossier, user, action.path(), from, event);
        return new ActionResult(dossiers.find(code).orElseThrow(), warnings(event));
    }

    /**
     * The result paper the leader's approval of this dossier would sign, unnumbered, if the approval is theirs to make
     * now and signs (not a further level's turn, not a refusal): a batch at a remote signing service signs them all
     * first, in one call.
     */
    @Transactional(readOnly = true)
    Optional<DossierFiles.ResultPaper> paperToSign(XasoUser leader, String code) {
        Dossier dossier = dossiers.find(code).filter(d -> canSee(leader, d)).orElseThrow(() -> new NotFound("Dossier", code));
        DossierWork work = inbox.workOf(dossier);
        if (DossierAction.APPROVE.check(leader, dossier, work.open()) != DossierAction.Verdict.ALLOWED) {
            return Optional.empty();
        }
        return transitions.paperToSign(dossier, work, leader);
    }

    /** The dossier after an action, and anything the official should know about what they just did. */
    public record ActionResult(Dossier dossier, List<String> warnings) {
    }

    private static List<String> warnings(DossierEvent event) {
        boolean late = event instanceof SupplementRequested request && request.clockStopped() && request.count() > 1;
        return late ? List.of("dossier.warning.secondSupplement") : List.of();
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(XasoUser user, String code) {
        get(user, code);
        return dossiers.history(code);
    }

    /** The dossier's history, oldest first, for those who already hold the dossier (the national portal's copy). */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Dossier dossier) {
        return dossiers.history(dossier.code());
    }

    /** Each supplement request with its answer and the due times around it (DanhSachHoSoBoSung). */
    @Transactional(readOnly = true)
    public List<SupplementRound> supplementRounds(Dossier dossier) {
        return dossiers.supplementRounds(dossier.code());
    }

    /** Whether its applicant submitted it online logged in through VNeID. */
    @Transactional(readOnly = true)
    public boolean submittedWithVneid(Dossier dossier) {
        return dossiers.submittedWithVneid(dossier.code());
    }

    /** Every task the dossier has been through, in order. */
    public List<Task> tasksOf(Dossier dossier) {
        return workflows.instance(DossierInbox.KIND, dossier.code()).map(i -> workflows.tasks(i.id())).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<DossierComponent> components(String code) {
        return dossiers.components(code);
    }

    /** The task the dossier waits on, if any. */
    public Optional<Task> openTask(Dossier dossier) {
        return workflows.instance(DossierInbox.KIND, dossier.code())
                .flatMap(i -> workflows.openTasks(i.id()).stream().findFirst());
    }

    /** Working minutes the clock has stood still (waiting for supplements), including a pause still running. */
    public long pausedMinutes(Dossier dossier) {
        return workflows.instance(DossierInbox.KIND, dossier.code()).map(i -> {
            long seconds = i.pausedSeconds();
            if (i.status() == Instance.Status.PAUSED && i.pausedSince() != null) {
                seconds += calendars.forUnit(i.unitCode()).workingSecondsBetween(i.pausedSince(), clock.instant());
            }
            return seconds / 60;
        }).orElse(0L);
    }

    /**
     * Public tracking from {@code address}: only with the applicant's ID number, else as if the dossier did not exist;
     * limited so that ID numbers cannot be guessed ({@link TrackingLimits}).
     */
    @Transactional(readOnly = true)
    public Dossier track(String code, String idNumber, String address) {
        trackingLimits.admit(address, code);
        Optional<Dossier> found = dossiers.find(code)
                .filter(d -> idNumber != null && d.applicant().idNumber().equals(idNumber.strip()));
        if (found.isEmpty()) {
            trackingLimits.failed(address, code);
            throw new NotFound("Dossier", code);
        }
        return found.get();
    }

    boolean canSee(XasoUser user, Dossier d) {
        return visibility.canSee(user, d);
    }

    /** Each change of the legal clock, kept so that reports judge a past moment as it was ({@code dossier_clock}). */
    private void recordClock(Dossier d, DossierEvent event) {
        if (event instanceof DossierReceived received) {
            dossiers.recordClock(d.code(), received.at(), received.dueAt(), false, false);
        } else if (event instanceof SupplementRequested requested && requested.clockStopped()) {
            dossiers.recordClock(d.code(), requested.at(), d.appointment().legalDueAt(), true, requested.late());
        } else if (event instanceof DossierSupplemented supplemented && d.receivedAt() != null) {
            dossiers.recordClock(d.code(), supplemented.at(), d.appointment().legalDueAt(), false, d.supplements().late());
        }
    }

    /** The dossier's history line and the audit trail, then the event for other modules. */
    private void record(Dossier d, XasoUser user, String action, DossierStatus from, DossierEvent event) {
        recordClock(d, event);
        DossierStatus to = d.status();
        dossiers.addHistory(d.code(), new HistoryEntry(event.at(), user.getUsername(), action, from, to, event.note(),
                event.reason(), event.items()));
        Map<String, String> details = new HashMap<>(Map.of("status", to.name()));
        if (event.note() != null) {
            details.put("comment", event.note());
        }
        events.publishEvent(new AuditEvent(event.at(), user.getUsername(), d.unitCode(), "dossier." + action, "dossier",
                d.code(), from == null ? null : Map.of("status", from.name()), details));
        events.publishEvent(event);
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
