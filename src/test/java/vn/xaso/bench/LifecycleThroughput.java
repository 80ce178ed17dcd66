package vn.xaso.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.xaso.calendar.Calendars;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.calendar.WorkingDuration;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.dossier.ActionRequest;
import vn.xaso.dossier.Applicant;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.DossierAction;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.NewDossier;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Role;
import vn.xaso.workflow.Definition;
import vn.xaso.workflow.Instance;
import vn.xaso.workflow.Step;
import vn.xaso.workflow.StepKind;
import vn.xaso.workflow.Workflows;

/**
 * The same four-user-task process — the leader assigns, the specialist processes, the leader approves, the counter
 * returns; the same assignees and due times from the working calendar; every user action its own transaction after
 * looking up the open task — run on xaso's workflow engine and on Flowable 8 embedded, on the same PostgreSQL server
 * (Flowable in its own database), with N threads. Beside them, xaso's whole dossier lifecycle through its published
 * API, which also drafts the result PDF and signs it twice (PAdES), as a user would see it.
 */
final class LifecycleThroughput {

    record Run(String name, int items, int threads, double seconds) {

        double perSecond() {
            return items / seconds;
        }
    }

    private static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
                         targetNamespace="http://xaso.vn/bench">
              <process id="dossier" name="Dossier" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="assign"/>
                <userTask id="assign" name="Phân công" flowable:candidateGroups="${unit}-LEADER" flowable:dueDate="${assignDue}"/>
                <sequenceFlow id="f2" sourceRef="assign" targetRef="process"/>
                <userTask id="process" name="Thụ lý" flowable:assignee="${specialist}" flowable:dueDate="${processDue}"/>
                <sequenceFlow id="f3" sourceRef="process" targetRef="approve"/>
                <userTask id="approve" name="Phê duyệt" flowable:candidateGroups="${unit}-LEADER" flowable:dueDate="${approveDue}"/>
                <sequenceFlow id="f4" sourceRef="approve" targetRef="return"/>
                <userTask id="return" name="Trả kết quả" flowable:assignee="${counter}" flowable:dueDate="${due}"/>
                <sequenceFlow id="f5" sourceRef="return" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>""";

    private final ConfigurableApplicationContext app;
    private final Workflows workflows;
    private final Calendars calendars;
    private final DossierDesk desk;
    private final UserDetailsService accounts;
    private final List<String[]> units;

    LifecycleThroughput(ConfigurableApplicationContext app) {
        this.app = app;
        this.workflows = app.getBean(Workflows.class);
        this.calendars = app.getBean(Calendars.class);
        this.desk = app.getBean(DossierDesk.class);
        this.accounts = app.getBean(UserDetailsService.class);
        this.units = app.getBean(JdbcTemplate.class).query("""
                select u.code, max(o.username) filter (where r.role = 'COUNTER'), max(o.username) filter (where r.role = 'LEADER'),
                       max(o.username) filter (where r.role = 'SPECIALIST')
                from unit u join official o on o.unit_code = u.code join official_role r on r.username = o.username
                where u.type in ('COMMUNE', 'WARD') and u.valid_to is null group by u.code order by u.code limit 16""",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
    }

    /** xaso's workflow engine: create, start the clock, four tasks, finish. */
    Run xasoEngine(int items, int threads) throws Exception {
        Definition definition = workflows.define("Bench — one-stop dossier", List.of(
                new Step("assign", StepKind.ASSIGN, "Phân công", Role.LEADER, java.math.BigDecimal.TEN, null, null),
                new Step("process", StepKind.PROCESS, "Thụ lý", Role.SPECIALIST, java.math.BigDecimal.valueOf(70), null, null),
                new Step("approve", StepKind.APPROVE, "Phê duyệt", Role.LEADER, java.math.BigDecimal.valueOf(20), null, null),
                new Step("return", StepKind.RETURN, "Trả kết quả", Role.COUNTER, java.math.BigDecimal.ZERO, null, null)));
        AtomicInteger sequence = new AtomicInteger();
        return run("xaso workflow engine", items, threads, n -> {
            String[] u = units.get(n % units.size());
            Instant now = Instant.now();
            Instant due = calendar(u[0]).due(now, WorkingDuration.workingDays(5));
            Instance i = workflows.create("BENCH", "B-" + sequence.incrementAndGet() + "-" + System.nanoTime(), u[0],
                    "Hồ sơ thử " + n, definition.id());
            workflows.start(i.id(), now, due);
            workflows.moveTo(i.id(), 0, u[0], null, u[1], "received", now);
            workflows.openTasks(i.id());
            workflows.moveTo(i.id(), 1, u[0], u[3], u[2], "assigned", now);
            workflows.openTasks(i.id());
            workflows.moveTo(i.id(), 2, u[0], null, u[3], "proposed", now);
            workflows.openTasks(i.id());
            workflows.moveTo(i.id(), 3, u[0], u[1], u[2], "approved", now);
            workflows.openTasks(i.id());
            workflows.completeOpen(i.id(), u[1], "returned", now);
            workflows.finish(i.id(), now, "returned");
        });
    }

    /** Flowable 8 embedded, its tables in database {@code flowable} on the same PostgreSQL server. */
    Run flowable(int items, int threads) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        if (jdbc.queryForList("select 1 from pg_database where datname = 'flowable'").isEmpty()) {
            jdbc.execute("create database flowable");
        }
        String url = ((HikariDataSource) app.getBean(DataSource.class)).getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/flowable$1");
        try (HikariDataSource flowableDb = new HikariDataSource()) {
            HikariDataSource xasoDb = (HikariDataSource) app.getBean(DataSource.class);
            flowableDb.setJdbcUrl(url);
            flowableDb.setUsername(xasoDb.getUsername());
            flowableDb.setPassword(xasoDb.getPassword());
            flowableDb.setMaximumPoolSize(xasoDb.getMaximumPoolSize());
            StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
            configuration.setDataSource(flowableDb);
            configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            configuration.setAsyncExecutorActivate(false);
            configuration.setDisableIdmEngine(true);
            configuration.setDisableEventRegistry(true);
            ProcessEngine engine = configuration.buildProcessEngine();
            try {
                engine.getRepositoryService().createDeployment().name("bench")
                        .addInputStream("dossier.bpmn20.xml", new ByteArrayInputStream(BPMN.getBytes(StandardCharsets.UTF_8)))
                        .deploy();
                var runtime = engine.getRuntimeService();
                var taskService = engine.getTaskService();
                return run("Flowable 8.0.0 engine", items, threads, n -> {
                    String[] u = units.get(n % units.size());
                    Instant now = Instant.now();
                    WorkingCalendar calendar = calendar(u[0]);
                    Instant due = calendar.due(now, WorkingDuration.workingDays(5));
                    long budget = calendar.workingSecondsBetween(now, due);
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("unit", u[0]);
                    variables.put("specialist", u[3]);
                    variables.put("counter", u[1]);
                    variables.put("assignDue", Date.from(calendar.due(now, new WorkingDuration(budget / 10, false))));
                    variables.put("processDue", Date.from(calendar.due(now, new WorkingDuration(budget * 7 / 10, false))));
                    variables.put("approveDue", Date.from(calendar.due(now, new WorkingDuration(budget / 5, false))));
                    variables.put("due", Date.from(due));
                    String instance = runtime.startProcessInstanceByKey("dossier", "F-" + n + "-" + System.nanoTime(), variables)
                            .getProcessInstanceId();
                    for (String user : new String[] {u[2], u[3], u[2], u[1]}) {
                        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
                        if (task.getAssignee() == null) {
                            taskService.claim(task.getId(), user);
                        }
                        taskService.complete(task.getId());
                    }
                });
            } finally {
                engine.close();
            }
        }
    }

    /** xaso's dossier lifecycle through DossierDesk: receive, assign, propose (result PDF), approve (two signatures), return. */
    Run dossierLifecycle(int items, int threads) throws Exception {
        Map<String, XasoUser> users = new HashMap<>();
        for (String[] u : units) {
            for (int k = 1; k <= 3; k++) {
                users.put(u[k], (XasoUser) accounts.loadUserByUsername(u[k]));
            }
        }
        return run("xaso dossier lifecycle (published API, with result PDF and 2 PAdES signatures)", items, threads, n -> {
            String[] u = units.get(n % units.size());
            Dossier d = desk.submit(users.get(u[1]), new NewDossier("HKD-01", u[0], Channel.COUNTER,
                    new Applicant("Người thử " + n, String.format("%012d", 38_000_000_000L + n), null, "0912345678", null, null),
                    null));
            desk.act(users.get(u[2]), d.code(), DossierAction.ASSIGN, assign(u[3]));
            desk.act(users.get(u[3]), d.code(), DossierAction.PROPOSE, propose());
            desk.act(users.get(u[2]), d.code(), DossierAction.APPROVE, ActionRequest.empty());
            desk.act(users.get(u[1]), d.code(), DossierAction.RETURN_RESULT, new ActionRequest(null, null, null, null, null, null,
                    null, null, Channel.COUNTER, null, null, null, null, null, null, null, null, null, null));
        });
    }

    private static ActionRequest assign(String specialist) {
        return new ActionRequest(null, null, null, specialist, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    private static ActionRequest propose() {
        return new ActionRequest(null, null, null, null, "Đủ điều kiện cấp giấy chứng nhận", null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    private WorkingCalendar calendar(String unit) {
        return calendars.forUnit(unit);
    }

    interface Item {
        void run(int n) throws Exception;
    }

    /** Warms up on a tenth of the items (at least 50), then runs them on {@code threads} threads and times the lot. */
    private static Run run(String name, int items, int threads, Item item) throws Exception {
        for (int i = 0; i < Math.max(50, items / 10); i++) {
            item.run(1_000_000 + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < items; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                item.run(n);
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Run(name, items, threads, seconds);
    }
}
