package vn.xaso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.xaso.api.Conflict;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.Refusal;
import vn.xaso.calendar.Timeliness;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.catalog.Procedure.Channel;

/**
 * A dossier (hồ sơ thủ tục hành chính): what was handed in, under which procedure version, in which unit, and where
 * it stands. Each change is a package-private transition that guards its own state, is given the facts it needs
 * (the clock's due time, the register line) and returns the event that says what happened.
 */
public final class Dossier {

    private final String code;
    private final String procedureCode;
    private final int procedureVersion;
    private final long definitionId;
    private final String unitCode;
    private final int version;
    private Intake intake;
    private DossierStatus status;
    private String handlingUnit;
    private Receipt receipt;
    private Appointment appointment;
    private Supplements supplements;
    private Proposal proposal;
    private Outcome outcome;
    private Rating rating;

    Dossier(String code, String procedureCode, int procedureVersion, long definitionId, String unitCode, Intake intake,
            DossierStatus status, String handlingUnit, Receipt receipt, Appointment appointment, Supplements supplements,
            Proposal proposal, Outcome outcome, Rating rating, int version) {
        this.code = code;
        this.procedureCode = procedureCode;
        this.procedureVersion = procedureVersion;
        this.definitionId = definitionId;
        this.unitCode = unitCode;
        this.intake = intake;
        this.status = status;
        this.handlingUnit = handlingUnit;
        this.receipt = receipt;
        this.appointment = appointment;
        this.supplements = supplements;
        this.proposal = proposal;
        this.outcome = outcome;
        this.rating = rating;
        this.version = version;
    }

    /** A new dossier, handed in and not yet received. */
    static Dossier submitted(String code, String procedureCode, int procedureVersion, long definitionId, String unitCode,
            Intake intake) {
        return new Dossier(code, procedureCode, procedureVersion, definitionId, unitCode, intake, DossierStatus.SUBMITTED,
                null, Receipt.NONE, Appointment.NONE, Supplements.NONE, Proposal.NONE, Outcome.NONE, null, 0);
    }

    // --- transitions ---------------------------------------------------------------------------------

    /** Receipt (of a complete dossier, {@link #requireComplete}): the clock runs from now to {@code due}. */
    /** Accepted, and waiting for the applicant to pay the fee online before processing starts (no clock yet). */
    PaymentAwaited awaitPayment(Channel resultChannel, long fee, Instant now) {
        expect(status == DossierStatus.SUBMITTED);
        intake = intake.resultTo(resultChannel);
        status = DossierStatus.WAITING_PAYMENT;
        return new PaymentAwaited(code, unitCode, fee, now);
    }

    DossierReceived receive(Channel resultChannel, Instant now, Instant due, Receipt.RegisterLine line) {
        expect(status == DossierStatus.SUBMITTED || status == DossierStatus.WAITING_PAYMENT);
        intake = intake.resultTo(resultChannel);
        receipt = new Receipt(now, line, now);
        appointment = new Appointment(due, due, false);
        status = DossierStatus.RECEIVED;
        return new DossierReceived(code, unitCode, procedureCode, procedureVersion, intake.channel(), now, due, line);
    }

    /**
     * Supplement request. Before receipt the dossier is not received (Mẫu 02 instead of Mẫu 01) and no clock runs;
     * after it the clock stops and every request counts toward "once only" ({@link SupplementPolicy}).
     */
    SupplementRequested requestSupplement(String reason, List<String> missing, Instant now) {
        return requestSupplement(reason, missing, null, now);
    }

    SupplementRequested requestSupplement(String reason, List<String> missing, LocalDate until, Instant now) {
        expect(status == DossierStatus.SUBMITTED || status == DossierStatus.RECEIVED
                || status == DossierStatus.PROCESSING || status == DossierStatus.TRANSFERRED);
        SupplementPolicy.Decision decision = SupplementPolicy.request(status, supplements.count());
        supplements = supplements.requested(status, decision, missing);
        status = DossierStatus.WAITING_SUPPLEMENT;
        return new SupplementRequested(code, unitCode, reason, missing, decision.count(), decision.stopsClock(),
                supplements.late(), now, until);
    }

    /** The applicant supplemented: back where it was; a clock that stood still is due at {@code clockDue} now. */
    DossierSupplemented supplement(List<String> provided, Instant clockDue, Instant now) {
        expect(status == DossierStatus.WAITING_SUPPLEMENT);
        status = supplements.resumeStatus();
        supplements = supplements.supplied();
        if (status != DossierStatus.SUBMITTED) {
            appointment = appointment.rescheduled(clockDue);
        }
        return new DossierSupplemented(code, unitCode, provided, status, appointment.legalDueAt(), now);
    }

    DossierAssigned assign(String assignee, Instant now) {
        expect(status == DossierStatus.RECEIVED || status == DossierStatus.PROCESSING);
        status = DossierStatus.PROCESSING;
        return new DossierAssigned(code, unitCode, assignee, now);
    }

    ResultProposed propose(String summary, boolean refusal, String resultFileId, Instant now) {
        expect(status == DossierStatus.PROCESSING);
        proposal = new Proposal(summary, refusal);
        return new ResultProposed(code, unitCode, summary, refusal, resultFileId, now);
    }

    /** Back to the specialist; from the unit it was transferred to, back to the owning unit. */
    DossierSentBack sendBack(String reason, Instant now) {
        expect(status == DossierStatus.PROCESSING || status == DossierStatus.TRANSFERRED);
        boolean toOwningUnit = status == DossierStatus.TRANSFERRED;
        if (toOwningUnit) {
            status = DossierStatus.PROCESSING;
            handlingUnit = null;
        }
        return new DossierSentBack(code, unitCode, reason, toOwningUnit, now);
    }

    /** One of several levels of approval agreed. */
    ApprovalPassed passApproval(String comment, Instant now) {
        expect(status == DossierStatus.PROCESSING);
        return new ApprovalPassed(code, unitCode, comment, now);
    }

    /** Whether the leader's approval now means a refusal (the specialist proposed to refuse). */
    boolean approvalRefuses() {
        return status == DossierStatus.PROCESSING && proposal.refusal();
    }

    /** The result is approved and signed ({@code resultReference} its number and symbol): ready to return. */
    DossierFinished approve(String comment, Instant clockDue, String resultReference, Instant now) {
        expect(status == DossierStatus.PROCESSING || status == DossierStatus.TRANSFERRED);
        return end(DossierStatus.DONE, comment, clockDue, resultReference, now);
    }

    /**
     * Refused or stopped: the clock stops and timeliness is judged against {@code clockDue}; null when the clock
     * never started (a refusal at intake), then nothing is judged.
     */
    DossierFinished finish(DossierStatus how, String reason, Instant clockDue, Instant now) {
        expect(how == DossierStatus.REFUSED || how == DossierStatus.STOPPED);
        expect(status == DossierStatus.SUBMITTED || status == DossierStatus.WAITING_PAYMENT || status.inProgress());
        return end(how, reason, clockDue, outcome.resultReference(), now);
    }

    /** Withdrawn by the applicant: no timeliness. */
    DossierFinished withdraw(String reason, Instant now) {
        expect(status == DossierStatus.SUBMITTED || status == DossierStatus.WAITING_PAYMENT || status.inProgress());
        status = DossierStatus.WITHDRAWN;
        outcome = outcome.finished(now, null, outcome.resultReference());
        return new DossierFinished(code, unitCode, procedureCode, procedureVersion, intake.channel(), receipt.receivedAt(),
                status, now, null, reason);
    }

    /** The result handed over, by the channel named or else the one the applicant chose. */
    ResultReturned returnResult(Channel channel, Instant now) {
        expect(status == DossierStatus.DONE);
        Channel how = channel != null ? channel : intake.resultChannel();
        if (how == null) {
            throw new InvalidInput("channel", "dossier.return.channel");
        }
        status = DossierStatus.RETURNED;
        outcome = outcome.returned(now, how);
        return new ResultReturned(code, unitCode, how, now);
    }

    DossierTransferred transfer(TransferPolicy.Route route, Instant due, String reason, Instant now) {
        expect(status == DossierStatus.RECEIVED || status == DossierStatus.PROCESSING);
        status = DossierStatus.TRANSFERRED;
        handlingUnit = route.toUnit();
        return new DossierTransferred(code, unitCode, route.toUnit(), route.workingDays(), due, reason, now);
    }

    DeadlineExtended extend(Instant newDue, String reason, Instant now) {
        expect(!appointment.extended() && status.inProgress());
        ExtensionPolicy.check(appointment, newDue, now);
        appointment = appointment.extendedTo(newDue);
        return new DeadlineExtended(code, unitCode, newDue, reason, now);
    }

    /** The fee was collected (the payment itself is recorded beside the dossier, under its receipt number). */
    FeePaid paid(Payment payment, Instant now) {
        expect(status.inProgress() || status == DossierStatus.DONE);
        return new FeePaid(code, unitCode, payment.amount(), payment.method(), payment.receiptYear(), payment.receiptNumber(),
                now);
    }

    DossierRated rate(int score, String comment, Instant now) {
        expect(status == DossierStatus.RETURNED && rating == null);
        rating = new Rating(score, comment);
        return new DossierRated(code, unitCode, procedureCode, procedureVersion, intake.channel(), outcome.finishedAt(),
                score, comment, now);
    }

    /** Required components the applicant has not provided. */
    static List<String> lacking(List<DossierComponent> components) {
        return components.stream().filter(c -> c.required() && !c.provided()).map(DossierComponent::name).toList();
    }

    /** Only a complete dossier is received: 409 naming what is missing. */
    static void requireComplete(List<DossierComponent> components) {
        List<String> lacking = lacking(components);
        if (!lacking.isEmpty()) {
            throw new Conflict("dossier.accept.incomplete", String.join("; ", lacking));
        }
    }

    private DossierFinished end(DossierStatus how, String reason, Instant clockDue, String resultReference, Instant now) {
        Timeliness timeliness = null;
        if (clockDue != null) {
            appointment = appointment.rescheduled(clockDue);
            timeliness = supplements.late() ? Timeliness.LATE : WorkingCalendar.timeliness(now, clockDue);
        }
        status = how;
        outcome = outcome.finished(now, timeliness, resultReference);
        return new DossierFinished(code, unitCode, procedureCode, procedureVersion, intake.channel(), receipt.receivedAt(),
                how, now, timeliness, reason);
    }

    /** A transition taken at the wrong moment: the desk checks first, so this guards against misuse. */
    private void expect(boolean allowed) {
        if (!allowed) {
            throw new Conflict("dossier.action.state", Refusal.term("status." + status));
        }
    }

    // --- reading ----------------------------------------------------------------------------------------

    public String code() {
        return code;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public int procedureVersion() {
        return procedureVersion;
    }

    public long definitionId() {
        return definitionId;
    }

    public String unitCode() {
        return unitCode;
    }

    /** The unit resolving it now, when transferred (liên thông); else null. */
    public String handlingUnit() {
        return handlingUnit;
    }

    public DossierStatus status() {
        return status;
    }

    public int version() {
        return version;
    }

    public Intake intake() {
        return intake;
    }

    public Receipt receipt() {
        return receipt;
    }

    public Appointment appointment() {
        return appointment;
    }

    public Supplements supplements() {
        return supplements;
    }

    public Proposal proposal() {
        return proposal;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The applicant's rating, or null before they rate. */
    public Rating rating() {
        return rating;
    }

    public Channel channel() {
        return intake.channel();
    }

    public Applicant applicant() {
        return intake.applicant();
    }

    public String owner() {
        return intake.owner();
    }

    public Instant submittedAt() {
        return intake.submittedAt();
    }

    public Instant receivedAt() {
        return receipt.receivedAt();
    }

    public Instant dueAt() {
        return appointment.dueAt();
    }

    public Instant finishedAt() {
        return outcome.finishedAt();
    }

    public Instant returnedAt() {
        return outcome.returnedAt();
    }

    public Timeliness timeliness() {
        return outcome.timeliness();
    }
}
