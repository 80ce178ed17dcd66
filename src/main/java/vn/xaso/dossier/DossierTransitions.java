package vn.xaso.dossier;

import java.time.Instant;
import java.util.Optional;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.xaso.api.Conflict;
import vn.xaso.api.InvalidInput;
import vn.xaso.calendar.Calendars;
import vn.xaso.calendar.WorkingDuration;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Fee;
import vn.xaso.catalog.Procedure;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;

/**
 * Applies a command to a dossier: gathers the facts the transition needs (the clock's due time, the book's next
 * line, the catalog's route, the signed result's number), then lets the dossier change itself and say what happened.
 */
@Component
class DossierTransitions {

    private final Dossiers dossiers;
    private final DossierInbox inbox;
    private final DossierFiles files;
    private final Catalog catalog;
    private final Calendars calendars;
    private final Organization organization;
    private final Payments payments;

    DossierTransitions(Dossiers dossiers, DossierInbox inbox, DossierFiles files, Catalog catalog, Calendars calendars,
            Organization organization, Payments payments) {
        this.payments = payments;
        this.dossiers = dossiers;
        this.inbox = inbox;
        this.files = files;
        this.catalog = catalog;
        this.calendars = calendars;
        this.organization = organization;
    }

    DossierEvent apply(DossierCommand command, Dossier d, DossierWork work, XasoUser user, Instant now) {
        DossierEvent event = transition(command, d, work, user, now);
        if (event instanceof DossierFinished finished && finished.status() == DossierStatus.REFUSED) {
            // a refused dossier's fee is given back: recorded with who refused and why
            payments.paid(d.code()).ifPresent(paid -> {
                payments.refund(d, paid, finished.reason(), user.getUsername(), now);
                payments.settle(d.code());
            });
        }
        return event;
    }

    private DossierEvent transition(DossierCommand command, Dossier d, DossierWork work, XasoUser user, Instant now) {
        if (command instanceof DossierCommand.Accept accept) {
            long due = feeDue(d);
            if (d.channel() == Channel.ONLINE && due > 0) {
                // nobody is asked to pay for a dossier that cannot be received: an incomplete one is asked to supplement
                Dossier.requireComplete(dossiers.components(d.code()));
                return d.awaitPayment(accept.resultChannel(), due, now);
            }
            return receive(d, accept.resultChannel(), now);
        }
        if (command instanceof DossierCommand.RequestSupplement request) {
            dossiers.markMissing(d.code(), request.missing());
            if (request.until() != null && request.until().isBefore(LocalDate.ofInstant(now, Organization.ZONE))) {
                throw new InvalidInput("supplementBy", "dossier.supplement.until-past");
            }
            return d.requestSupplement(request.reason(), request.missing(), request.until(), now);
        }
        if (command instanceof DossierCommand.Supplement supplement) {
            if (supplement.provided() != null) {
                dossiers.markProvided(d.code(), supplement.provided());
            }
            return d.supplement(supplement.provided(), inbox.clockDue(work, now), now);
        }
        if (command instanceof DossierCommand.Refuse refuse) {
            return d.finish(DossierStatus.REFUSED, refuse.reason(), inbox.clockDue(work, now), now);
        }
        if (command instanceof DossierCommand.Assign assign) {
            requireSpecialist(d.unitCode(), assign.assignee());
            return d.assign(assign.assignee(), now);
        }
        if (command instanceof DossierCommand.Propose propose) {
            if (propose.resultFileId() != null) {
                files.requireResult(d.code(), propose.resultFileId());
            } else if (!propose.refusal()) {
                files.draftResult(d, user.getUsername());
            }
            return d.propose(propose.summary(), propose.refusal(), propose.resultFileId(), now);
        }
        if (command instanceof DossierCommand.SendBack sendBack) {
            return d.sendBack(sendBack.reason(), now);
        }
        if (command instanceof DossierCommand.Approve approve) {
            return approve(d, work, approve, user, now);
        }
        if (command instanceof DossierCommand.ReturnResult returnResult) {
            long due = feeDue(d);
            if (due > 0 && d.status() == DossierStatus.DONE) {
                // the result is handed over against the fee (NĐ 118/2025): collected first, with its receipt
                throw new Conflict("dossier.return.fee-due", Money.figures(due));
            }
            return d.returnResult(returnResult.channel(), now);
        }
        if (command instanceof DossierCommand.Transfer transfer) {
            return transfer(d, work, transfer, now);
        }
        if (command instanceof DossierCommand.Extend extend) {
            return d.extend(extend.newDueAt(), extend.reason(), now);
        }
        if (command instanceof DossierCommand.Stop stop) {
            return d.finish(DossierStatus.STOPPED, stop.reason(), inbox.clockDue(work, now), now);
        }
        if (command instanceof DossierCommand.Withdraw withdraw) {
            return d.withdraw(withdraw.reason(), now);
        }
        if (command instanceof DossierCommand.RecordPayment payment) {
            return pay(d, payment, user, now);
        }
        DossierCommand.Rate rate = (DossierCommand.Rate) command;
        return d.rate(rate.score(), rate.comment(), now);
    }

    /**
     * Receipt: the appointment is computed from the procedure's legal time, the dossier takes the next line of the
     * unit's book (Sổ theo dõi hồ sơ) and is handed over to the next step at once (it is electronic).
     */
    DossierReceived receive(Dossier d, Channel resultChannel, Instant now) {
        Dossier.requireComplete(dossiers.components(d.code()));
        // a fee taken online while the dossier could not be received is applied now
        payments.settle(d.code());
        Instant due = calendars.forUnit(d.unitCode()).due(now, procedureOf(d).processingTime(d.intake().channel()).duration());
        int book = LocalDate.ofInstant(now, Organization.ZONE).getYear();
        var line = new Receipt.RegisterLine(book, dossiers.nextRegisterLine(d.unitCode(), book));
        return d.receive(resultChannel, now, due, line);
    }

    /**
     * The counter collects the fee the dossier's procedure version asks, once; the e-receipt takes the next number of
     * the unit's series of the year.
     */
    private DossierEvent pay(Dossier d, DossierCommand.RecordPayment payment, XasoUser user, Instant now) {
        Fee fee = procedureOf(d).feeSchedule();
        if (fee.kind() == Fee.Kind.FREE || fee.amount() == null) {
            throw new Conflict("dossier.fee.none");
        }
        if (payments.paid(d.code()).isPresent()) {
            throw new Conflict("dossier.fee.paid");
        }
        Charge charge = Charge.due(fee, d.intake().channel(), payment.units(), payment.exemption());
        if (payment.amount() != charge.amount()) {
            throw new InvalidInput("amount", "dossier.fee.amount", Money.figures(charge.amount()));
        }
        Payment paid = payments.pay(d, charge, payment.method(), payment.reference(), user.getUsername(), now);
        // an online dossier waiting for its fee is received once paid: its clock starts now
        return d.status() == DossierStatus.WAITING_PAYMENT ? receive(d, null, now) : d.paid(paid, now);
    }

    /** The leader agrees: a further level decides next, a proposed refusal refuses, else the result is signed. */
    private DossierEvent approve(Dossier d, DossierWork work, DossierCommand.Approve approve, XasoUser user, Instant now) {
        String comment = approve.comment();
        if (d.status() == DossierStatus.PROCESSING && work.furtherApproval().isPresent()) {
            return d.passApproval(comment, now);
        }
        if (d.approvalRefuses()) {
            return d.finish(DossierStatus.REFUSED, comment == null ? d.proposal().summary() : comment,
                    inbox.clockDue(work, now), now);
        }
        String reference = files.signResult(d, user.getUsername(), user.unitCode(), approve.signing());
        return d.approve(comment, inbox.clockDue(work, now), reference, now);
    }

    /** The paper an approval now would sign: none when a further level decides next or the proposal is a refusal. */
    Optional<DossierFiles.ResultPaper> paperToSign(Dossier d, DossierWork work, XasoUser leader) {
        if (d.status() == DossierStatus.PROCESSING && work.furtherApproval().isPresent() || d.approvalRefuses()) {
            return Optional.empty();
        }
        return files.paperToSign(d, leader.getUsername(), leader.unitCode());
    }

    private DossierTransferred transfer(Dossier d, DossierWork work, DossierCommand.Transfer transfer, Instant now) {
        var route = TransferPolicy.route(procedureOf(d), d.unitCode(), transfer.toUnit(), transfer.workingDays(),
                unit -> organization.unit(unit).isPresent());
        Instant due = calendars.forUnit(route.toUnit()).due(now, WorkingDuration.workingDays(route.workingDays()));
        TransferPolicy.checkFits(route, due, work.instance().dueAt());
        return d.transfer(route, due, transfer.reason(), now);
    }

    /**
     * The fee still to collect, unless paid (or exempted): the schedule's amount for one page or copy, less the reduction
     * it grants the dossier's channel by itself.
     */
    long feeDue(Dossier d) {
        long fee = Charge.due(procedureOf(d).feeSchedule(), d.intake().channel(), null, null).amount();
        return fee > 0 && payments.paid(d.code()).isEmpty() ? fee : 0;
    }

    private Procedure procedureOf(Dossier d) {
        return catalog.version(d.procedureCode(), d.procedureVersion());
    }

    private void requireSpecialist(String unitCode, String username) {
        organization.official(username)
                .filter(o -> o.active() && o.unitCode().equals(unitCode) && o.hasRole(Role.SPECIALIST))
                .orElseThrow(() -> new InvalidInput("assignee", "dossier.assignee.not-specialist", unitCode));
    }
}
