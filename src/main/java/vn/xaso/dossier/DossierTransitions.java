package vn.xaso.dossier;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.xaso.api.Conflict;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.Refusal;
import vn.xaso.calendar.Interval;
import vn.xaso.calendar.Timeliness;
import vn.xaso.calendar.WorkingDuration;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.catalog.Procedure;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Role;
import vn.xaso.workflow.Definition;
import vn.xaso.workflow.Instance;
import vn.xaso.workflow.StepKind;
import vn.xaso.workflow.Task;
import vn.xaso.workflow.Workflows;

/**
 * What each action does to one dossier, once {@link DossierAction#check} allowed it: the new status, the
 * clock, the next task, the history entry. Lives for one action.
 */
final class DossierTransitions {

    /** An apology sets a new appointment in weeks, not years. */
    static final int MAX_EXTENSION_DAYS = 365;

    private final DossierDesk desk;
    private final Dossiers dossiers;
    private final Workflows workflows;
    private final Dossier d;
    private final Instance instance;
    private final Task open;
    private final XasoUser user;
    private final Instant now;
    private final List<String> warnings;
    private final Definition definition;

    DossierTransitions(DossierDesk desk, Dossier d, Instance instance, Task open, XasoUser user, Instant now,
            List<String> warnings) {
        this.desk = desk;
        this.dossiers = desk.dossiers();
        this.workflows = desk.workflows();
        this.d = d;
        this.instance = instance;
        this.open = open;
        this.user = user;
        this.now = now;
        this.warnings = warnings;
        this.definition = workflows.definition(d.definitionId());
    }

    void run(DossierAction action, ActionRequest r) {
        switch (action) {
            case ACCEPT -> accept(r.channel());
            case REQUEST_SUPPLEMENT -> requestSupplement(required("reason", r.reason()), r.missing());
            case SUPPLEMENT -> supplement(r.components());
            case REFUSE -> finish(DossierStatus.REFUSED, "refuse", required("reason", r.reason()));
            case ASSIGN -> assign(required("assignee", r.assignee()));
            case PROPOSE -> propose(required("summary", r.summary()), Boolean.TRUE.equals(r.refusal()), r.resultFileId());
            case SEND_BACK -> sendBack(required("reason", r.reason()));
            case APPROVE -> approve(r.comment());
            case RETURN_RESULT -> returnResult(r);
            case TRANSFER -> transfer(r);
            case EXTEND -> extend(required("reason", r.reason()), r);
            case STOP -> finish(DossierStatus.STOPPED, "stop", required("reason", r.reason()));
            case WITHDRAW -> withdraw(r.reason());
            case RATE -> rate(r);
        }
    }

    /** Receipt of an online dossier: only when every required component is there, else it asks for a supplement. */
    private void accept(Channel resultChannel) {
        List<String> lacking = dossiers.components(d.code()).stream().filter(c -> c.required() && !c.provided())
                .map(DossierComponent::name).toList();
        if (!lacking.isEmpty()) {
            throw new Conflict("dossier.accept.incomplete", String.join("; ", lacking));
        }
        if (resultChannel != null) {
            dossiers.update(d.code(), new Dossiers.Changes().set("result_channel", resultChannel));
        }
        desk.receive(d, desk.procedureOf(d), instance, user, now);
    }

    /**
     * Before receipt a request means the dossier is not received (Mẫu 02 instead of Mẫu 01) and the clock never
     * started; after receipt the clock stops, and every request counts toward "once only": a second makes it late.
     */
    private void requestSupplement(String reason, List<String> missing) {
        if (missing == null || missing.isEmpty() || missing.stream().anyMatch(m -> m == null || m.isBlank())) {
            throw new InvalidInput("missing", "dossier.supplement.missing");
        }
        var changes = new Dossiers.Changes().set("status", DossierStatus.WAITING_SUPPLEMENT)
                .set("status_before_supplement", d.status()).set("missing", String.join("\n", missing));
        SupplementPolicy.Decision decision = SupplementPolicy.request(d.status(), d.supplementCount());
        if (decision.stopsClock()) {
            workflows.pause(instance.id(), now, reason);
            changes.set("supplement_count", decision.count());
        }
        if (decision.makesLate()) {
            changes.set("late_by_supplement", true);
            warnings.add("dossier.warning.secondSupplement");
        }
        dossiers.markMissing(d.code(), missing);
        workflows.completeOpen(instance.id(), user.getUsername(), "supplement-requested", now);
        dossiers.update(d.code(), changes);
        desk.record(d, user, "request-supplement", d.status(), DossierStatus.WAITING_SUPPLEMENT,
                reason + " — " + String.join("; ", missing));
    }

    private void supplement(List<String> components) {
        if (components != null) {
            dossiers.markProvided(d.code(), components);
        }
        DossierStatus back = d.statusBeforeSupplement() == null ? DossierStatus.PROCESSING : d.statusBeforeSupplement();
        var changes = new Dossiers.Changes().set("status", back).set("missing", null).set("status_before_supplement", null);
        if (back == DossierStatus.SUBMITTED) {
            workflows.moveTo(instance.id(), 0, d.unitCode(), null, user.getUsername(), "supplemented", now);
        } else {
            Instant pausedSince = workflows.instance(instance.id()).pausedSince();
            Instance resumed = workflows.resume(instance.id(), now, "supplemented");
            changes.set("legal_due_at", resumed.dueAt());
            if (!d.extended()) {
                changes.set("due_at", resumed.dueAt());
            }
            Task last = lastTask();
            if (last.stepOrdinal() == null) {
                Instant due = desk.calendars().forUnit(last.unitCode()).extend(last.dueAt(), List.of(new Interval(pausedSince, now)));
                workflows.transfer(instance.id(), last.unitCode(), Role.LEADER, due, last.stepName(), last.guidance(),
                        user.getUsername(), now);
            } else {
                workflows.moveTo(instance.id(), last.stepOrdinal(), last.unitCode(), last.assignee(), user.getUsername(),
                        "supplemented", now);
            }
        }
        dossiers.update(d.code(), changes);
        desk.record(d, user, "supplement", d.status(), back, components == null ? null : String.join("; ", components));
    }

    private void assign(String assignee) {
        desk.specialistOf(d.unitCode(), assignee);
        int target = open.stepKind() == StepKind.PROCESS ? open.stepOrdinal()
                : definition.next(StepKind.PROCESS, open.stepOrdinal() + 1).orElseThrow();
        Task task = workflows.moveTo(instance.id(), target, d.unitCode(), assignee, user.getUsername(), "assigned", now);
        dossiers.update(d.code(), new Dossiers.Changes().set("status", DossierStatus.PROCESSING));
        desk.record(d, user, "assign", d.status(), DossierStatus.PROCESSING,
                task.assignee() != null ? task.assignee() : "mọi chuyên viên của đơn vị");
    }

    private void propose(String summary, boolean refusal, String resultFileId) {
        if (resultFileId != null) {
            desk.files().requireResult(d.code(), resultFileId);
        } else if (!refusal) {
            desk.files().draftResult(d, user.getUsername());
        }
        int target = definition.next(StepKind.APPROVE, open.stepOrdinal() + 1).orElseThrow();
        workflows.moveTo(instance.id(), target, d.unitCode(), null, user.getUsername(), refusal ? "refusal-proposed" : "proposed", now);
        dossiers.update(d.code(), new Dossiers.Changes().set("proposal_summary", summary).set("proposal_refusal", refusal));
        desk.record(d, user, "propose", d.status(), d.status(), (refusal ? "Đề xuất từ chối: " : "") + summary);
    }

    private void sendBack(String reason) {
        if (d.status() == DossierStatus.TRANSFERRED) {
            sendBackToOwner(reason);
            return;
        }
        int target = definition.previous(StepKind.PROCESS, open.stepOrdinal()).orElseThrow();
        String handler = workflows.tasks(instance.id()).stream()
                .filter(t -> Objects.equals(t.stepOrdinal(), target) && t.completedBy() != null)
                .reduce((a, b) -> b).map(Task::completedBy).orElse(null);
        workflows.moveTo(instance.id(), target, d.unitCode(), handler, user.getUsername(), "sent-back", now);
        desk.record(d, user, "send-back", d.status(), d.status(), reason);
    }

    /** The unit transferred to hands the dossier back: it returns to the step it was transferred from. */
    private void sendBackToOwner(String reason) {
        List<Task> tasks = workflows.tasks(instance.id());
        Task from = tasks.stream().filter(t -> t.stepOrdinal() != null && t.unitCode().equals(d.unitCode()))
                .reduce((a, b) -> b).orElseThrow();
        workflows.moveTo(instance.id(), from.stepOrdinal(), d.unitCode(), from.assignee(), user.getUsername(), "sent-back", now);
        dossiers.update(d.code(), new Dossiers.Changes().set("status", DossierStatus.PROCESSING).set("handling_unit", null));
        desk.record(d, user, "send-back", d.status(), DossierStatus.PROCESSING, reason);
    }

    private void approve(String comment) {
        if (d.status() == DossierStatus.PROCESSING) {
            var further = definition.next(StepKind.APPROVE, open.stepOrdinal() + 1);
            if (further.isPresent()) {
                workflows.moveTo(instance.id(), further.get(), d.unitCode(), null, user.getUsername(), "approved", now);
                desk.record(d, user, "approve", d.status(), d.status(), comment);
                return;
            }
            if (d.proposalRefusal()) {
                finish(DossierStatus.REFUSED, "approve", comment == null ? d.proposalSummary() : comment);
                return;
            }
        }
        desk.files().signResult(d, user.getUsername(), user.unitCode());
        Instance finished = workflows.finish(instance.id(), now, "result ready");
        Timeliness timeliness = desk.timeliness(d, finished);
        int returnStep = definition.next(StepKind.RETURN, 0).orElseThrow();
        workflows.moveTo(instance.id(), returnStep, d.unitCode(), null, user.getUsername(), "approved", now);
        dossiers.update(d.code(), new Dossiers.Changes().set("status", DossierStatus.DONE).set("finished_at", now)
                .set("timeliness", timeliness));
        desk.finished(d, DossierStatus.DONE, now, timeliness);
        desk.record(d, user, "approve", d.status(), DossierStatus.DONE, comment);
    }

    private void returnResult(ActionRequest r) {
        Channel channel = r.channel() != null ? r.channel() : d.resultChannel();
        if (channel == null) {
            throw new InvalidInput("channel", "dossier.return.channel");
        }
        workflows.completeOpen(instance.id(), user.getUsername(), "returned", now);
        dossiers.update(d.code(), new Dossiers.Changes().set("status", DossierStatus.RETURNED).set("returned_at", now)
                .set("return_channel", channel));
        desk.record(d, user, "return-result", d.status(), DossierStatus.RETURNED, channel.name());
    }

    /**
     * Inter-agency (liên thông): to the unit and with the budget the catalog sets for the procedure unless the
     * official names others; the budget must fit in the time the dossier has left.
     */
    private void transfer(ActionRequest r) {
        Procedure procedure = desk.procedureOf(d);
        String toUnit = r.toUnit() != null && !r.toUnit().isBlank() ? r.toUnit().strip() : procedure.transferTo();
        if (toUnit == null) {
            throw new InvalidInput("toUnit", "dossier.transfer.no-route");
        }
        if (!desk.unitExists(toUnit) || toUnit.equals(d.unitCode())) {
            throw new InvalidInput("toUnit", "dossier.transfer.unit");
        }
        BigDecimal days = r.workingDays() != null ? r.workingDays()
                : toUnit.equals(procedure.transferTo()) ? procedure.transferDays() : null;
        if (days == null || days.signum() <= 0) {
            throw new InvalidInput("workingDays", "dossier.transfer.budget");
        }
        String reason = required("reason", r.reason());
        Instant due = desk.calendars().forUnit(toUnit).due(now, WorkingDuration.workingDays(days));
        if (instance.dueAt() != null && due.isAfter(instance.dueAt())) {
            throw new InvalidInput("workingDays", "dossier.transfer.beyond-due", days.toPlainString(),
                    Refusal.at(instance.dueAt()));
        }
        workflows.transfer(instance.id(), toUnit, Role.LEADER, due, "Giải quyết hồ sơ liên thông",
                "Hồ sơ do " + d.unitCode() + " chuyển đến. Thẩm định, giải quyết và bấm Phê duyệt khi có kết quả; "
                        + "kết quả được chuyển về bộ phận một cửa của đơn vị tiếp nhận để trả cho người dân.",
                user.getUsername(), now);
        dossiers.update(d.code(), new Dossiers.Changes().set("status", DossierStatus.TRANSFERRED).set("handling_unit", toUnit));
        desk.record(d, user, "transfer", d.status(), DossierStatus.TRANSFERRED, toUnit + ": " + reason);
    }

    private void extend(String reason, ActionRequest r) {
        if (r.newDueAt() == null) {
            throw new InvalidInput("newDueAt", "dossier.extend.due-required");
        }
        Instant newDue = r.newDueAt().toInstant();
        if (!newDue.isAfter(now) || (d.dueAt() != null && !newDue.isAfter(d.dueAt()))) {
            throw new InvalidInput("newDueAt", "dossier.extend.not-later");
        }
        if (newDue.isAfter(now.plus(Duration.ofDays(MAX_EXTENSION_DAYS)))) {
            throw new InvalidInput("newDueAt", "dossier.extend.too-far", String.valueOf(MAX_EXTENSION_DAYS));
        }
        workflows.recordExtension(instance.id(), newDue, now, reason);
        dossiers.update(d.code(), new Dossiers.Changes().set("due_at", newDue).set("extended", true));
        desk.record(d, user, "extend", d.status(), d.status(), reason);
    }

    private void withdraw(String reason) {
        workflows.cancel(instance.id(), now, user.getUsername(), reason);
        dossiers.update(d.code(), new Dossiers.Changes().set("status", DossierStatus.WITHDRAWN).set("finished_at", now));
        desk.finished(d, DossierStatus.WITHDRAWN, now, null);
        desk.record(d, user, "withdraw", d.status(), DossierStatus.WITHDRAWN, reason);
    }

    private void rate(ActionRequest r) {
        if (r.score() == null) {
            throw new InvalidInput("score", "dossier.rating.score");
        }
        dossiers.update(d.code(), new Dossiers.Changes().set("rating", r.score()).set("rating_comment", r.comment()));
        desk.record(d, user, "rate", d.status(), d.status(), r.score() + (r.comment() == null ? "" : " — " + r.comment()));
    }

    /** Refused or stopped: the clock stops and timeliness is judged; an intake refusal never started the clock. */
    private void finish(DossierStatus status, String action, String reason) {
        var changes = new Dossiers.Changes().set("status", status).set("finished_at", now);
        workflows.completeOpen(instance.id(), user.getUsername(), action, now);
        Timeliness timeliness = null;
        if (instance.status() == Instance.Status.WAITING) {
            workflows.cancel(instance.id(), now, user.getUsername(), reason);
        } else {
            Instance finished = workflows.finish(instance.id(), now, reason);
            timeliness = desk.timeliness(d, finished);
            changes.set("timeliness", timeliness).set("legal_due_at", finished.dueAt());
            if (!d.extended()) {
                changes.set("due_at", finished.dueAt());
            }
        }
        dossiers.update(d.code(), changes);
        desk.finished(d, status, now, timeliness);
        desk.record(d, user, action, d.status(), status, reason);
    }

    private Task lastTask() {
        List<Task> tasks = workflows.tasks(instance.id());
        return tasks.get(tasks.size() - 1);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "input.required", field);
        }
        return value.strip();
    }
}
