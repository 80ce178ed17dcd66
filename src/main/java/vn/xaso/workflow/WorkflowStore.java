package vn.xaso.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xaso.organization.Role;

/** Definitions, instances, tasks and clock events, in plain SQL. */
@Repository
class WorkflowStore {

    private static final String TASK_COLUMNS = """
            id, instance_id, kind, ref, title, step_ordinal, step_key, step_kind, step_name, role, unit_code, assignee,
            guidance, created_at, due_at, completed_at, completed_by, outcome""";
    private static final String INSTANCE_COLUMNS = """
            id, kind, ref, unit_code, title, definition_id, status, started_at, due_at, budget_seconds, paused_since,
            paused_seconds, finished_at""";

    private final JdbcClient jdbc;

    WorkflowStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDefinition(String name, List<Step> steps) {
        long id = jdbc.sql("insert into wf_definition (name) values (?) returning id").param(name).query(Long.class).single();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            jdbc.sql("""
                    insert into wf_step (definition_id, ordinal, step_key, kind, name, role, budget_percent, default_assignee, guidance)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, step.key(), step.kind().name(), step.name(), step.role().name(), step.budgetPercent(),
                            step.defaultAssignee(), step.guidance())
                    .update();
        }
        return id;
    }

    Optional<Definition> definition(long id) {
        Optional<String> name = jdbc.sql("select name from wf_definition where id = ?").param(id).query(String.class).optional();
        return name.map(n -> new Definition(id, n, jdbc.sql("""
                        select step_key, kind, name, role, budget_percent, default_assignee, guidance
                        from wf_step where definition_id = ? order by ordinal""")
                .param(id)
                .query((rs, row) -> new Step(rs.getString(1), StepKind.valueOf(rs.getString(2)), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getString(6), rs.getString(7)))
                .list()));
    }

    long insertInstance(String kind, String ref, String unitCode, String title, Long definitionId) {
        return jdbc.sql("""
                insert into wf_instance (kind, ref, unit_code, title, definition_id, status)
                values (?, ?, ?, ?, ?, 'WAITING') returning id""")
                .params(kind, ref, unitCode, title, definitionId).query(Long.class).single();
    }

    Optional<Instance> instance(long id) {
        return jdbc.sql("select " + INSTANCE_COLUMNS + " from wf_instance where id = ?").param(id)
                .query(WorkflowStore::instance).optional();
    }

    Optional<Instance> instance(String kind, String ref) {
        return jdbc.sql("select " + INSTANCE_COLUMNS + " from wf_instance where kind = ? and ref = ?").params(kind, ref)
                .query(WorkflowStore::instance).optional();
    }

    void updateInstance(Instance i) {
        jdbc.sql("""
                update wf_instance set unit_code = ?, title = ?, status = ?, started_at = ?, due_at = ?, budget_seconds = ?,
                       paused_since = ?, paused_seconds = ?, finished_at = ?
                where id = ?""")
                .params(i.unitCode(), i.title(), i.status().name(), ts(i.startedAt()), ts(i.dueAt()), i.budgetSeconds(),
                        ts(i.pausedSince()), i.pausedSeconds(), ts(i.finishedAt()), i.id())
                .update();
    }

    long insertTask(Task t) {
        return jdbc.sql("""
                insert into wf_task (instance_id, kind, ref, title, step_ordinal, step_key, step_kind, step_name, role,
                                     unit_code, assignee, guidance, created_at, due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(t.instanceId(), t.kind(), t.ref(), t.title(), t.stepOrdinal(), t.stepKey(), t.stepKind().name(),
                        t.stepName(), t.role().name(), t.unitCode(), t.assignee(), t.guidance(), ts(t.createdAt()),
                        ts(t.dueAt()))
                .query(Long.class).single();
    }

    List<Task> tasks(long instanceId) {
        return jdbc.sql("select " + TASK_COLUMNS + " from wf_task where instance_id = ? order by id").param(instanceId)
                .query(WorkflowStore::task).list();
    }

    List<Task> openTasks(long instanceId) {
        return jdbc.sql("select " + TASK_COLUMNS + " from wf_task where instance_id = ? and completed_at is null order by id")
                .param(instanceId).query(WorkflowStore::task).list();
    }

    void completeOpenTasks(long instanceId, Instant at, String actor, String outcome) {
        jdbc.sql("update wf_task set completed_at = ?, completed_by = ?, outcome = ? where instance_id = ? and completed_at is null")
                .params(ts(at), actor, outcome, instanceId).update();
    }

    void completeTask(long taskId, Instant at, String actor, String outcome) {
        jdbc.sql("update wf_task set completed_at = ?, completed_by = ?, outcome = ? where id = ? and completed_at is null")
                .params(ts(at), actor, outcome, taskId).update();
    }

    List<Task> openTasksOf(String username, int limit) {
        return jdbc.sql("select " + TASK_COLUMNS + " from wf_task where completed_at is null and assignee = ?"
                        + " order by coalesce(due_at, 'infinity'::timestamptz), id limit ?")
                .params(username, limit).query(WorkflowStore::task).list();
    }

    List<Task> openTasksDueBefore(Instant until, int limit) {
        return jdbc.sql("select " + TASK_COLUMNS + " from wf_task where completed_at is null and due_at is not null"
                        + " and due_at < ? order by due_at, id limit ?")
                .params(ts(until), limit).query(WorkflowStore::task).list();
    }

    int reassignOpenTasks(String from, String to) {
        return jdbc.sql("update wf_task set assignee = ? where assignee = ? and completed_at is null").params(to, from).update();
    }

    void updateTaskDue(long taskId, Instant dueAt) {
        jdbc.sql("update wf_task set due_at = ? where id = ?").params(ts(dueAt), taskId).update();
    }

    void insertClockEvent(long instanceId, ClockEvent event) {
        jdbc.sql("insert into wf_clock_event (instance_id, at, type, due_at, note) values (?, ?, ?, ?, ?)")
                .params(instanceId, ts(event.at()), event.type().name(), ts(event.dueAt()), event.note()).update();
    }

    List<ClockEvent> clockEvents(long instanceId) {
        return jdbc.sql("select at, type, due_at, note from wf_clock_event where instance_id = ? order by id")
                .param(instanceId)
                .query((rs, row) -> new ClockEvent(instant(rs, "at"), ClockEvent.Type.valueOf(rs.getString("type")),
                        instant(rs, "due_at"), rs.getString("note")))
                .list();
    }

    /**
     * One page of the inbox: the user's own open tasks and the open tasks for their roles in their unit that
     * nobody has taken, soonest due first; each half is served by its own partial index.
     */
    List<Task> inbox(String username, String unitCode, String[] roles, InboxCursor after, String kind, int limit) {
        String keyset = after == null ? "" : " and (coalesce(due_at, 'infinity'::timestamptz), id)"
                + " > (coalesce(cast(:afterDue as timestamptz), 'infinity'::timestamptz), :afterId)";
        String kindFilter = " and (cast(:kind as varchar) is null or kind = :kind)";
        String sql = "select " + TASK_COLUMNS + " from ("
                + "(select " + TASK_COLUMNS + " from wf_task where completed_at is null and assignee = :me" + keyset + kindFilter
                + " order by coalesce(due_at, 'infinity'::timestamptz), id limit :limit)"
                + " union all "
                + "(select " + TASK_COLUMNS + " from wf_task where completed_at is null and assignee is null"
                + " and unit_code = :unit and role = any(:roles)" + keyset + kindFilter
                + " order by coalesce(due_at, 'infinity'::timestamptz), id limit :limit)"
                + ") t order by coalesce(due_at, 'infinity'::timestamptz), id limit :limit";
        return jdbc.sql(sql)
                .param("me", username).param("unit", unitCode == null ? "" : unitCode).param("roles", roles)
                .param("afterDue", after == null ? null : ts(after.dueAt())).param("afterId", after == null ? 0 : after.id())
                .param("kind", kind).param("limit", limit)
                .query(WorkflowStore::task).list();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Instance instance(ResultSet rs, int row) throws SQLException {
        long definition = rs.getLong("definition_id");
        Long definitionId = rs.wasNull() ? null : definition;
        long budget = rs.getLong("budget_seconds");
        Long budgetSeconds = rs.wasNull() ? null : budget;
        return new Instance(rs.getLong("id"), rs.getString("kind"), rs.getString("ref"), rs.getString("unit_code"),
                rs.getString("title"), definitionId, Instance.Status.valueOf(rs.getString("status")),
                instant(rs, "started_at"), instant(rs, "due_at"), budgetSeconds, instant(rs, "paused_since"),
                rs.getLong("paused_seconds"), instant(rs, "finished_at"));
    }

    private static Task task(ResultSet rs, int row) throws SQLException {
        int ordinal = rs.getInt("step_ordinal");
        Integer stepOrdinal = rs.wasNull() ? null : ordinal;
        return new Task(rs.getLong("id"), rs.getLong("instance_id"), rs.getString("kind"), rs.getString("ref"),
                rs.getString("title"), stepOrdinal, rs.getString("step_key"), StepKind.valueOf(rs.getString("step_kind")),
                rs.getString("step_name"), Role.valueOf(rs.getString("role")), rs.getString("unit_code"),
                rs.getString("assignee"), rs.getString("guidance"), instant(rs, "created_at"), instant(rs, "due_at"),
                instant(rs, "completed_at"), rs.getString("completed_by"), rs.getString("outcome"));
    }
}
