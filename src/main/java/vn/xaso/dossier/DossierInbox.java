package vn.xaso.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.xaso.calendar.Calendars;
import vn.xaso.calendar.Interval;
import vn.xaso.organization.Role;
import vn.xaso.workflow.Instance;
import vn.xaso.workflow.StepKind;
import vn.xaso.workflow.Task;
import vn.xaso.workflow.Workflows;

/**
 * Moves a dossier's work in the shared inbox after each event, in the same transaction: the clock starts, stops
 * and resumes, tasks open for the next step (or at the unit it was transferred to) and close.
 */
@Component
class DossierInbox {

    static final String KIND = "DOSSIER";

    private final Workflows workflows;
    private final Calendars calendars;

    DossierInbox(Workflows workflows, Calendars calendars) {
        this.workflows = workflows;
        this.calendars = calendars;
    }

    DossierWork workOf(Dossier d) {
        Instance instance = workflows.instance(KIND, d.code()).orElseThrow();
        Task open = workflows.openTasks(instance.id()).stream().findFirst().orElse(null);
        return new DossierWork(instance, open, workflows.definition(d.definitionId()));
    }

    /** The due time by the clock now (a pause still running counts as not elapsed); null if it never started. */
    Instant clockDue(DossierWork work, Instant now) {
        return work.clockStarted() ? workflows.dueAt(work.instance().id(), now) : null;
    }

    void follow(DossierWork work, Dossier d, DossierAction action, DossierEvent event, String actor, Instant now) {
        long id = work.instance().id();
        if (event instanceof DossierReceived received) {
            workflows.start(id, now, received.dueAt());
            int next = work.definition().next(StepKind.ASSIGN, 1).orElse(1);
            workflows.moveTo(id, next, d.unitCode(), null, actor, "received", now);
        } else if (event instanceof SupplementRequested requested) {
            if (requested.clockStopped()) {
                workflows.pause(id, now, requested.reason());
            }
            workflows.completeOpen(id, actor, "supplement-requested", now);
        } else if (event instanceof DossierSupplemented supplemented) {
            resume(work, d, supplemented, actor, now);
        } else if (event instanceof DossierAssigned assigned) {
            Task open = work.open();
            int target = open.stepKind() == StepKind.PROCESS ? open.stepOrdinal()
                    : work.definition().next(StepKind.PROCESS, open.stepOrdinal() + 1).orElseThrow();
            workflows.moveTo(id, target, d.unitCode(), assigned.assignee(), actor, "assigned", now);
        } else if (event instanceof ResultProposed proposed) {
            int target = work.definition().next(StepKind.APPROVE, work.open().stepOrdinal() + 1).orElseThrow();
            workflows.moveTo(id, target, d.unitCode(), null, actor, proposed.refusal() ? "refusal-proposed" : "proposed", now);
        } else if (event instanceof DossierSentBack sentBack) {
            sendBack(work, d, sentBack, actor, now);
        } else if (event instanceof ApprovalPassed) {
            workflows.moveTo(id, work.furtherApproval().orElseThrow(), d.unitCode(), null, actor, "approved", now);
        } else if (event instanceof DossierFinished finished) {
            finish(work, d, finished, action, actor, now);
        } else if (event instanceof ResultReturned) {
            workflows.completeOpen(id, actor, "returned", now);
        } else if (event instanceof DossierTransferred transferred) {
            workflows.transfer(id, transferred.toUnit(), Role.LEADER, transferred.dueAt(), "Giải quyết hồ sơ liên thông",
                    "Hồ sơ do " + d.unitCode() + " chuyển đến. Thẩm định, giải quyết và bấm Phê duyệt khi có kết quả; "
                            + "kết quả được chuyển về bộ phận một cửa của đơn vị tiếp nhận để trả cho người dân.",
                    actor, now);
        } else if (event instanceof PaymentAwaited) {
            // nobody's task while the applicant pays; receipt (on payment) moves the dossier on
            workflows.completeOpen(id, actor, "waiting-payment", now);
        } else if (event instanceof DeadlineExtended extended) {
            workflows.recordExtension(id, extended.newDueAt(), now, extended.reason());
        }
    }

    /** Back to where it was: the counter's step before receipt, else the clock resumes and the last task reopens. */
    private void resume(DossierWork work, Dossier d, DossierSupplemented supplemented, String actor, Instant now) {
        long id = work.instance().id();
        if (supplemented.resumedTo() == DossierStatus.SUBMITTED) {
            workflows.moveTo(id, 0, d.unitCode(), null, actor, "supplemented", now);
            return;
        }
        Instant pausedSince = work.instance().pausedSince();
        workflows.resume(id, now, "supplemented");
        List<Task> tasks = workflows.tasks(id);
        Task last = tasks.get(tasks.size() - 1);
        if (last.stepOrdinal() == null) {
            // it waited at the unit it was transferred to: that unit's budget moves by the pause too
            Instant due = calendars.forUnit(last.unitCode()).extend(last.dueAt(), List.of(new Interval(pausedSince, now)));
            workflows.transfer(id, last.unitCode(), Role.LEADER, due, last.stepName(), last.guidance(), actor, now);
        } else {
            workflows.moveTo(id, last.stepOrdinal(), last.unitCode(), last.assignee(), actor, "supplemented", now);
        }
    }

    private void sendBack(DossierWork work, Dossier d, DossierSentBack sentBack, String actor, Instant now) {
        long id = work.instance().id();
        List<Task> tasks = workflows.tasks(id);
        if (sentBack.toOwningUnit()) {
            Task from = tasks.stream().filter(t -> t.stepOrdinal() != null && t.unitCode().equals(d.unitCode()))
                    .reduce((a, b) -> b).orElseThrow();
            workflows.moveTo(id, from.stepOrdinal(), d.unitCode(), from.assignee(), actor, "sent-back", now);
            return;
        }
        int target = work.definition().previous(StepKind.PROCESS, work.open().stepOrdinal()).orElseThrow();
        String handler = tasks.stream().filter(t -> Objects.equals(t.stepOrdinal(), target) && t.completedBy() != null)
                .reduce((a, b) -> b).map(Task::completedBy).orElse(null);
        workflows.moveTo(id, target, d.unitCode(), handler, actor, "sent-back", now);
    }

    /** A result goes to the counter to be returned; a refusal or stop closes the work; a withdrawal cancels it. */
    private void finish(DossierWork work, Dossier d, DossierFinished finished, DossierAction action, String actor,
            Instant now) {
        long id = work.instance().id();
        switch (finished.status()) {
            case DONE -> {
                workflows.finish(id, now, "result ready");
                int returnStep = work.definition().next(StepKind.RETURN, 0).orElseThrow();
                workflows.moveTo(id, returnStep, d.unitCode(), null, actor, "approved", now);
            }
            case WITHDRAWN -> workflows.cancel(id, now, actor, finished.reason());
            default -> {
                workflows.completeOpen(id, actor, action.path(), now);
                if (work.clockStarted()) {
                    workflows.finish(id, now, finished.reason());
                } else {
                    workflows.cancel(id, now, actor, finished.reason());
                }
            }
        }
    }
}
