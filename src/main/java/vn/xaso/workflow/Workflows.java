package vn.xaso.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.NotFound;
import vn.xaso.calendar.Calendars;
import vn.xaso.calendar.Interval;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.organization.Role;

/**
 * The workflow module's published API. Callers (dossiers, documents) decide which step comes next; this
 * engine keeps the tasks, their due times and the instance's clock, in the caller's transaction.
 */
@Service
public class Workflows {

    private final WorkflowStore store;
    private final Calendars calendars;
    private final ApplicationEventPublisher events;
    private final Map<Long, Definition> definitions = new ConcurrentHashMap<>();

    Workflows(WorkflowStore store, Calendars calendars, ApplicationEventPublisher events) {
        this.store = store;
        this.calendars = calendars;
        this.events = events;
    }

    /** Stores a new, immutable definition. */
    @Transactional
    public Definition define(String name, List<Step> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A workflow needs at least one step");
        }
        return definition(store.insertDefinition(name, steps));
    }

    public Definition definition(long id) {
        Definition cached = definitions.get(id);
        if (cached != null) {
            return cached;
        }
        Definition definition = store.definition(id).orElseThrow(() -> new NotFound("Workflow definition", id));
        definitions.put(id, definition);
        return definition;
    }

    /** A new instance whose clock has not started yet (e.g. an online submission waiting to be accepted). */
    @Transactional
    public Instance create(String kind, String ref, String unitCode, String title, Long definitionId) {
        return store.instance(store.insertInstance(kind, ref, unitCode, title, definitionId)).orElseThrow();
    }

    public Optional<Instance> instance(String kind, String ref) {
        return store.instance(kind, ref);
    }

    public Instance instance(long id) {
        return store.instance(id).orElseThrow(() -> new NotFound("Workflow instance", id));
    }

    /** Starts the clock: from {@code at}, due at {@code due}; the working time between is the budget steps share. */
    @Transactional
    public Instance start(long instanceId, Instant at, Instant due) {
        Instance i = instance(instanceId);
        long budget = calendar(i).workingSecondsBetween(at, due);
        Instance started = new Instance(i.id(), i.kind(), i.ref(), i.unitCode(), i.title(), i.definitionId(),
                Instance.Status.RUNNING, at, due, budget, null, 0, null);
        store.updateInstance(started);
        store.insertClockEvent(i.id(), new ClockEvent(at, ClockEvent.Type.START, due, null));
        return started;
    }

    /**
     * Completes whatever is open and opens step {@code ordinal} of the definition for {@code assignee} (or
     * anyone with the step's role in {@code unitCode}). The task is due after its share of the budget,
     * never after the instance is due.
     */
    @Transactional
    public Task moveTo(long instanceId, int ordinal, String unitCode, String assignee, String actor, String outcome, Instant now) {
        Instance i = instance(instanceId);
        Step step = definition(i.definitionId()).step(ordinal);
        store.completeOpenTasks(instanceId, now, actor, outcome);
        String handler = assignee != null ? assignee : step.defaultAssignee();
        return open(i, ordinal, step.key(), step.kind(), step.name(), step.role(), unitCode, handler, step.guidance(),
                stepDue(i, step, now), now);
    }

    /** Hands the work to another unit with its own time budget: a task for the given role there. */
    @Transactional
    public Task transfer(long instanceId, String toUnit, Role role, Instant due, String name, String guidance,
            String actor, Instant now) {
        Instance i = instance(instanceId);
        store.completeOpenTasks(instanceId, now, actor, "transferred");
        store.insertClockEvent(instanceId, new ClockEvent(now, ClockEvent.Type.TRANSFER, due, "to " + toUnit));
        return open(i, null, "transfer", StepKind.TRANSFER, name, role, toUnit, null, guidance, due, now);
    }

    /**
     * Opens one more task beside those already open, e.g. a document's main handler, each coordinator and each
     * person to inform get their own task at the same time.
     */
    @Transactional
    public Task openTask(long instanceId, String key, StepKind kind, String name, Role role, String unitCode, String assignee,
            String guidance, Instant due, Instant now) {
        return open(instance(instanceId), null, key, kind, name, role, unitCode, assignee, guidance, due, now);
    }

    /** Completes one open task (a coordinator's opinion given, a note read); others stay open. */
    @Transactional
    public void completeTask(long taskId, String actor, String outcome, Instant now) {
        store.completeTask(taskId, now, actor, outcome);
    }

    /** A person's own open tasks (not their roles' unclaimed ones), soonest due first. */
    public List<Task> openTasksOf(String username, int limit) {
        return store.openTasksOf(username, limit);
    }

    /** Open tasks due before {@code until}, soonest first (the reminders of tasks due soon and overdue). */
    public List<Task> openTasksDueBefore(Instant until, int limit) {
        return store.openTasksDueBefore(until, limit);
    }

    /** Gives every open task of one person to another (hand-over when an official leaves); returns how many. */
    @Transactional
    public int reassignOpenTasks(String from, String to) {
        return store.reassignOpenTasks(from, to);
    }

    /** Completes the open tasks without opening another one. */
    @Transactional
    public void completeOpen(long instanceId, String actor, String outcome, Instant now) {
        store.completeOpenTasks(instanceId, now, actor, outcome);
    }

    public List<Task> openTasks(long instanceId) {
        return store.openTasks(instanceId);
    }

    public List<Task> tasks(long instanceId) {
        return store.tasks(instanceId);
    }

    public List<ClockEvent> clock(long instanceId) {
        return store.clockEvents(instanceId);
    }

    /** Stops the clock (waiting for the applicant). */
    @Transactional
    public Instance pause(long instanceId, Instant at, String note) {
        Instance i = instance(instanceId);
        if (i.status() != Instance.Status.RUNNING) {
            return i;
        }
        Instance paused = with(i, Instance.Status.PAUSED, i.dueAt(), at, i.pausedSeconds(), null);
        store.updateInstance(paused);
        store.insertClockEvent(instanceId, new ClockEvent(at, ClockEvent.Type.PAUSE, i.dueAt(), note));
        return paused;
    }

    /** Restarts the clock; the due time (and open tasks' due times) move later by the working time paused. */
    @Transactional
    public Instance resume(long instanceId, Instant at, String note) {
        Instance i = instance(instanceId);
        if (i.status() != Instance.Status.PAUSED || i.pausedSince() == null) {
            return i;
        }
        Pause pause = pauseUntil(i, at);
        Instance resumed = with(i, Instance.Status.RUNNING, pause.due(), null, i.pausedSeconds() + pause.seconds(), null);
        store.updateInstance(resumed);
        for (Task task : store.openTasks(instanceId)) {
            if (task.dueAt() != null) {
                store.updateTaskDue(task.id(), calendar(i).extend(task.dueAt(), List.of(pause.interval())));
            }
        }
        store.insertClockEvent(instanceId, new ClockEvent(at, ClockEvent.Type.RESUME, pause.due(), note));
        return resumed;
    }

    /**
     * The instance's due time as it stands at {@code at}: a pause still running moves it later by the working time
     * paused so far, exactly as resuming or finishing at {@code at} would. Null before the clock started.
     */
    public Instant dueAt(long instanceId, Instant at) {
        Instance i = instance(instanceId);
        return i.status() == Instance.Status.PAUSED && i.pausedSince() != null ? pauseUntil(i, at).due() : i.dueAt();
    }

    /**
     * Records a new appointment given to the applicant (apology and new appointment). Timeliness stays judged
     * against the legal due time, so the instance's due time does not move; the event keeps the promise on record.
     */
    @Transactional
    public void recordExtension(long instanceId, Instant newDue, Instant at, String note) {
        store.insertClockEvent(instanceId, new ClockEvent(at, ClockEvent.Type.EXTEND, newDue, note));
    }

    /**
     * Stops the clock for good: the work is finished (result ready, refused, stopped). Finished while paused (stopped
     * while waiting for the applicant), the wait still does not count: the due time moves by it as on resuming.
     */
    @Transactional
    public Instance finish(long instanceId, Instant at, String note) {
        Instance i = instance(instanceId);
        long paused = i.pausedSeconds();
        Instant due = i.dueAt();
        if (i.status() == Instance.Status.PAUSED && i.pausedSince() != null) {
            Pause pause = pauseUntil(i, at);
            paused += pause.seconds();
            due = pause.due();
        }
        Instance finished = with(i, Instance.Status.FINISHED, due, null, paused, at);
        store.updateInstance(finished);
        store.insertClockEvent(instanceId, new ClockEvent(at, ClockEvent.Type.FINISH, due, note));
        return finished;
    }

    /** The pause of a paused instance if it ends at {@code at}: its interval, working seconds and the due time after it. */
    private Pause pauseUntil(Instance i, Instant at) {
        WorkingCalendar calendar = calendar(i);
        Interval interval = new Interval(i.pausedSince(), at.isBefore(i.pausedSince()) ? i.pausedSince() : at);
        Instant due = i.dueAt() == null ? null : calendar.extend(i.dueAt(), List.of(interval));
        return new Pause(interval, calendar.workingSecondsBetween(interval.start(), interval.end()), due);
    }

    private record Pause(Interval interval, long seconds, Instant due) {
    }

    /** Ends the work without a result (withdrawn); no timeliness. */
    @Transactional
    public Instance cancel(long instanceId, Instant at, String actor, String note) {
        Instance i = instance(instanceId);
        store.completeOpenTasks(instanceId, at, actor, "cancelled");
        Instance cancelled = with(i, Instance.Status.CANCELLED, i.dueAt(), null, i.pausedSeconds(), at);
        store.updateInstance(cancelled);
        store.insertClockEvent(instanceId, new ClockEvent(at, ClockEvent.Type.CANCEL, i.dueAt(), note));
        return cancelled;
    }

    /** The user's inbox page: their own tasks and unclaimed tasks of their roles in their unit, soonest due first. */
    public List<Task> inbox(String username, String unitCode, List<Role> roles, InboxCursor after, String kind, int limit) {
        String[] roleNames = roles.stream().map(Enum::name).toArray(String[]::new);
        return store.inbox(username, unitCode, roleNames, after, kind, limit);
    }

    private Task open(Instance i, Integer ordinal, String key, StepKind kind, String name, Role role, String unitCode,
            String assignee, String guidance, Instant due, Instant now) {
        Task task = new Task(0, i.id(), i.kind(), i.ref(), i.title(), ordinal, key, kind, name, role, unitCode, assignee,
                guidance, now, due, null, null, null);
        long id = store.insertTask(task);
        events.publishEvent(new TaskOpened(id, i.kind(), i.ref(), i.title(), name, role, unitCode, assignee, due, now));
        return new Task(id, task.instanceId(), task.kind(), task.ref(), task.title(), ordinal, key, kind, name, role,
                unitCode, assignee, guidance, now, due, null, null, null);
    }

    private Instant stepDue(Instance i, Step step, Instant now) {
        if (i.dueAt() == null || i.budgetSeconds() == null) {
            return i.dueAt();
        }
        if (step.budgetPercent() == null || step.budgetPercent().signum() == 0) {
            return i.dueAt();
        }
        long share = step.budgetPercent().multiply(BigDecimal.valueOf(i.budgetSeconds()))
                .divide(BigDecimal.valueOf(100), java.math.RoundingMode.HALF_UP).longValue();
        Instant due = calendar(i).due(now, new vn.xaso.calendar.WorkingDuration(share, false));
        return due.isAfter(i.dueAt()) ? i.dueAt() : due;
    }

    private WorkingCalendar calendar(Instance i) {
        return calendars.forUnit(i.unitCode());
    }

    private static Instance with(Instance i, Instance.Status status, Instant due, Instant pausedSince, long pausedSeconds,
            Instant finishedAt) {
        return new Instance(i.id(), i.kind(), i.ref(), i.unitCode(), i.title(), i.definitionId(), status, i.startedAt(),
                due, i.budgetSeconds(), pausedSince, pausedSeconds, finishedAt != null ? finishedAt : i.finishedAt());
    }
}
