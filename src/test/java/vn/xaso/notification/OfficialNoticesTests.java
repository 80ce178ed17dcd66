package vn.xaso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.xaso.Api;
import vn.xaso.TestClock;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/**
 * The officials' bell: a task opened for a leader's role shows under the leader's bell with its count; a task due
 * within four working hours and an overdue one give a notice each, once; a reminder reaches the main handler; opening
 * a notice leads to the dossier and marks it read.
 */
@XasoTest
class OfficialNoticesTests {

    private static final String UNIT = "H40.07";

    @LocalServerPort
    int port;
    @Autowired
    OfficialNotices notices;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    Api api;
    String counter;
    String leader;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        counter = official("COUNTER");
        leader = official("LEADER");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewTaskRingsTheBellAndOpeningItLeadsToTheDossier() {
        WebSession session = new WebSession(port);
        session.login(leader, "demo");
        long before = unread();
        String code = receive();

        assertThat(unread()).isEqualTo(before + 1);
        String page = session.get("/notices").body();
        assertThat(page).contains("Việc mới", code);
        assertThat(session.get("/inbox").body()).contains("id=\"bell\"", "Thông báo: " + (before + 1) + " chưa đọc");
        long id = jdbc.queryForObject("select id from official_notice where username = ? and kind = 'NEW_TASK' and title like ?",
                Long.class, leader, "%" + code + "%");
        HttpResponse<String> opened = session.get("/notices/" + id);
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("/dossiers/" + code);
        assertThat(unread()).isEqualTo(before);

        WebSession someoneElse = new WebSession(port);
        someoneElse.login(counter, "demo");
        assertThat(someoneElse.get("/notices/" + id).statusCode()).as("another official's notice").isEqualTo(404);
        session.postForm("/notices", "/notices/read", Map.of());
        assertThat(unread()).isZero();
    }

    @Test
    void aTaskDueWithinFourWorkingHoursAndThenOverdueGivesOneNoticeEach() {
        String code = receive();
        java.sql.Timestamp due = jdbc.queryForObject("""
                select t.due_at from wf_task t join wf_instance i on i.id = t.instance_id
                where i.ref = ? and t.completed_at is null""", java.sql.Timestamp.class, code);
        clock.set(due.toInstant().minus(Duration.ofHours(1)).atZone(vn.xaso.organization.Organization.ZONE).toLocalDateTime().toString());
        notices.remindOfDeadlines();
        notices.remindOfDeadlines();
        assertThat(count("DUE_SOON", code)).as("once, however often the reminders run").isEqualTo(1);
        assertThat(count("OVERDUE", code)).isZero();

        clock.set(due.toInstant().plus(Duration.ofHours(1)).atZone(vn.xaso.organization.Organization.ZONE).toLocalDateTime().toString());
        notices.remindOfDeadlines();
        assertThat(count("OVERDUE", code)).isEqualTo(1);
    }

    @Test
    void aLeadersReminderReachesTheMainHandler() {
        String clerk = official("CLERK");
        String specialist = official("SPECIALIST");
        long id = api.post("/api/v1/documents/incoming", clerk, """
                {"sender": {"name": "Sở Tư pháp tỉnh Ninh Bình"}, "typeName": "Công văn", "subject": "Báo cáo công tác hộ tịch năm 2026"}""")
                .json().get("id").asLong();
        assertThat(api.post("/api/v1/documents/" + id + "/actions/assign", leader,
                "{\"mainHandler\": \"" + specialist + "\", \"dueInWorkingDays\": 3}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/documents/" + id + "/actions/remind", leader, "{\"text\": \"Gửi báo cáo trước thứ Sáu\"}").status())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("""
                select title from official_notice where username = ? and kind = 'REMINDER' and href = ?""", String.class,
                specialist, "/documents/" + id)).isEqualTo("Lãnh đạo đôn đốc: Gửi báo cáo trước thứ Sáu");
    }

    private String receive() {
        Api.Response received = api.post("/api/v1/dossiers", counter, """
                {"procedureCode": "HN-01", "unitCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Vũ Văn Chuông", "idNumber": "037190006666"}}""".formatted(UNIT));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        return received.json().get("code").asString();
    }

    private long unread() {
        return jdbc.queryForObject("select count(*) from official_notice where username = ? and read_at is null", Long.class, leader);
    }

    private int count(String kind, String code) {
        return jdbc.queryForObject("select count(*) from official_notice where kind = ? and href = ?", Integer.class, kind,
                "/dossiers/" + code);
    }

    private String official(String role) {
        return jdbc.queryForObject("""
                select o.username from official o join official_role r on r.username = o.username
                where o.unit_code = ? and r.role = ? order by o.username limit 1""", String.class, UNIT, role);
    }
}
