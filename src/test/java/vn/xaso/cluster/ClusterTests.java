package vn.xaso.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.Xaso;
import vn.xaso.XasoTest;

/**
 * Two nodes on one PostgreSQL: the test's application and a second one started beside it on the same database, files
 * and keys, as a load balancer would see them.
 */
@XasoTest
class ClusterTests {

    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int port;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Environment environment;
    @Autowired
    vn.xaso.audit.AuditTrail trail;

    @BeforeEach
    void startNodeB() {
        if (nodeB != null) {
            return;
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", dataSource.getJdbcUrl());
        settings.put("spring.datasource.username", dataSource.getUsername());
        settings.put("spring.datasource.password", dataSource.getPassword());
        settings.put("server.port", 0);
        settings.put("logging.file.name", "target/xaso-node-b.log");
        for (String shared : new String[] {"xaso.files.directory", "xaso.signing.directory", "xaso.integration.simulator.port",
                "xaso.integration.dvcqg.send-every", "xaso.integration.exchange.send-every", "xaso.integration.exchange.receive-every",
                "xaso.notification.send-every", "xaso.identity.session-cleanup-every", "xaso.integration.simulator.mail-port",
                "xaso.identity.failure-answer-time"}) {
            settings.put(shared, environment.getProperty(shared));
        }
        // as arguments: they win over application.properties, as a node's environment would
        nodeB = new SpringApplicationBuilder(Xaso.class).profiles("demo")
                .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    private int portB() {
        return Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void aUserLoggedInOnOneNodeGoesOnWorkingOnTheOtherAndLogsOutOfBoth() {
        WebSession onA = new WebSession(port);
        assertThat(onA.login("motcua.binhan", Api.PASSWORD)).doesNotContain("error");
        assertThat(onA.get("/inbox").statusCode()).isEqualTo(200);

        WebSession onB = onA.on(portB());
        var inbox = onB.get("/inbox");
        assertThat(inbox.statusCode()).as("the session found on node B").isEqualTo(200);
        assertThat(inbox.body()).as("a logged-in page").contains("action=\"/logout\"");

        assertThat(onB.logout()).contains("/login");
        assertThat(onA.get("/inbox").statusCode()).as("logged out on node A too").isEqualTo(302);
    }

    @Test
    void aCalendarChangedOnOneNodeCountsAtOnceOnTheOther() {
        Api onA = new Api(port);
        Api onB = new Api(portB());
        String due = """
                {"unit": "H40.02", "from": "2032-03-04T16:00:00+07:00", "workingHours": 2}""";
        assertThat(dueOn(onB, due)).as("Thursday 16:00 + 2 working hours: 17:00, then Friday from 07:00").isEqualTo("2032-03-05T08:00:00+07:00");

        Api.Response set = onA.put("/api/v1/calendar/days/2032-03-05?unit=H40.02", "admin", """
                {"kind": "DAY_OFF", "name": "Nghỉ thử của hai máy chủ"}""");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        try {
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(dueOn(onB, due)).as("Friday off on node B").isEqualTo("2032-03-08T08:00:00+07:00"));
        } finally {
            assertThat(onA.delete("/api/v1/calendar/days/2032-03-05?unit=H40.02", "admin").status()).isEqualTo(204);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(dueOn(onB, due)).isEqualTo("2032-03-05T08:00:00+07:00"));
    }

    /** Both nodes schedule the session cleanup every second; while another node holds its lock, neither runs it. */
    @Test
    void aScheduledJobWaitsForTheNodeHoldingItsLock() {
        String id = UUID.randomUUID().toString();
        long anHourAgo = System.currentTimeMillis() - 3_600_000;
        jdbc.sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by) values ('identity.session-cleanup', now() + interval '1 hour', now(), 'node C')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at, locked_by = excluded.locked_by""")
                .update();
        jdbc.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time)
                values (?, ?, ?, ?, 1800, ?)""").params(id, id, anHourAgo, anHourAgo, anHourAgo).update();

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> sessionExists(id));

        jdbc.sql("update shedlock set lock_until = now() where name = 'identity.session-cleanup'").update();
        await().atMost(Duration.ofSeconds(10)).until(() -> !sessionExists(id));
    }

    /**
     * Audit events whose listeners never finished (their node died): the publications they left, ten minutes old. Both
     * nodes resubmit at the same moment, each from the list it read; the audit trail gets each entry once. Many of them,
     * so that one node handles an event to its end while the other is still walking its list: a node must not take an
     * event the other has finished meanwhile.
     */
    @Test
    void eventsLeftUnhandledAreHandledOnceWhenBothNodesResubmitThem() throws Exception {
        Api.Response set = new Api(port).put("/api/v1/calendar/days/2032-04-09?unit=H40.02", "admin", """
                {"kind": "DAY_OFF", "name": "Nghỉ thử sự kiện"}""");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> trail.about("calendar-day", "H40.02/2032-04-09").size() == 1);
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String subject = "H40.02/left-%02d".formatted(i);
            subjects.add(subject);
            int copied = jdbc.sql("""
                    insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts)
                    select ?, listener_id, event_type, replace(serialized_event, 'H40.02/2032-04-09', ?), now() - interval '10 minutes', 'PUBLISHED', 0
                    from event_publication where listener_id like '%AuditRecorder%' and serialized_event like '%H40.02/2032-04-09%'
                    limit 1""").params(UUID.randomUUID(), subject).update();
            assertThat(copied).isEqualTo(1);
        }

        EventResubmission onA = context.getBean(EventResubmission.class);
        EventResubmission onB = nodeB.getBean(EventResubmission.class);
        var both = java.util.concurrent.Executors.newFixedThreadPool(2);
        var start = new java.util.concurrent.CountDownLatch(1);
        var a = both.submit(() -> { start.await(); onA.resubmit(); return null; });
        var b = both.submit(() -> { start.await(); onB.resubmit(); return null; });
        start.countDown();
        a.get();
        b.get();
        both.shutdown();

        // both nodes have claimed what they took; once every handling has finished, nothing was handled twice
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select count(*) from event_publication where serialized_event like '%H40.02/left-%' and status is distinct from 'COMPLETED'""")
                .query(Integer.class).single() == 0);
        for (String subject : subjects) {
            assertThat(trail.about("calendar-day", subject)).as("entries about " + subject).hasSize(1);
        }
        new Api(port).delete("/api/v1/calendar/days/2032-04-09?unit=H40.02", "admin");
    }

    @Test
    void everyScheduledJobTakesTheClusterLockUnderItsOwnName() {
        Set<String> names = new HashSet<>();
        int jobs = 0;
        for (String bean : context.getBeanDefinitionNames()) {
            Class<?> type = AopUtils.getTargetClass(context.getBean(bean));
            if (!type.getName().startsWith("vn.xaso.")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    jobs++;
                    SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
                    assertThat(lock).as(type.getSimpleName() + "." + method.getName() + " runs once per cluster").isNotNull();
                    assertThat(names.add(lock.name())).as("a name of its own: " + lock.name()).isTrue();
                }
            }
        }
        assertThat(jobs).isGreaterThanOrEqualTo(9);
    }

    private boolean sessionExists(String id) {
        return jdbc.sql("select count(*) from spring_session where primary_id = ?").param(id).query(Integer.class).single() == 1;
    }

    private static String dueOn(Api api, String body) {
        Api.Response response = api.post("/api/v1/calendar/due", "motcua.thientruong", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("due").asString();
    }
}
