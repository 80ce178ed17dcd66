package vn.xaso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;
import vn.xaso.integration.Links;

/**
 * Citizens' notices end to end: a real SMTP server in the test JVM (GreenMail) and the demo's simulated SMS gateway
 * and Zalo: every notice of a dossier's life arrives once, also when the gateway failed twice first and when a node
 * stopped between taking a notice and noting it sent; Zalo when chosen, SMS when the phone has none; a dossier's
 * notices go to its own applicant only.
 */
@XasoTest
class NotificationTests {

    @LocalServerPort
    int port;
    @Autowired
    NotificationSender sender;
    @Autowired
    Environment environment;
    @Autowired
    Links links;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LeaderDigest digest;
    @Autowired
    vn.xaso.TestClock clock;
    @Autowired
    vn.xaso.calendar.Calendars calendars;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        sender.deliver();
    }

    @AfterEach
    void gatewaysUp() throws Exception {
        clock.reset();
        fault("sms", "up");
        links.find("sms").orElseThrow().reset();
    }

    @Test
    void everyNoticeOfADossiersLifeArrivesOnceBySmsAndEmail() throws Exception {
        String phone = phone(1);
        String email = "nguoidan" + phone + "@example.vn";
        String code = receive("H40.01", "motcua.binhan", phone, email, false);
        java.time.LocalDate by = java.time.LocalDate.now(vn.xaso.organization.Organization.ZONE).plusDays(10);
        Api.Response past = api.post("/api/v1/dossiers/" + code + "/actions/request-supplement", "motcua.binhan",
                "{\"reason\": \"Thiếu\", \"missing\": [\"Tờ khai\"], \"supplementBy\": \"2020-01-01\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("supplementBy");
        act("motcua.binhan", code, "request-supplement", "{\"reason\": \"Thiếu giấy tờ\", \"missing\": [\"Bản sao giấy khai sinh\"],"
                + " \"supplementBy\": \"" + by + "\"}");
        act("motcua.binhan", code, "supplement", "{\"components\": [\"Bản sao giấy khai sinh\"]}");
        Instant later = Instant.parse(api.get("/api/v1/dossiers/" + code, "motcua.binhan").json().get("dueAt").asString())
                .plus(Duration.ofDays(5));
        act("lanhdao.binhan", code, "extend", "{\"reason\": \"Cần xác minh thêm\", \"newDueAt\": \"" + later + "\"}");
        act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        act("chuyenvien.binhan", code, "propose", "{\"summary\": \"Đủ điều kiện\"}");
        act("lanhdao.binhan", code, "approve", "{}");

        sender.deliver();
        sender.deliver();

        List<String> texts = texts("/__sms?to=" + phone);
        assertThat(texts).hasSize(4);
        assertThat(texts).allMatch(t -> t.contains(code));
        assertThat(texts.get(0)).contains("Xã Bình An đã tiếp nhận hồ sơ", "Hẹn trả kết quả", "/portal/track?code=" + code);
        assertThat(texts.get(1)).contains("cần bổ sung: Bản sao giấy khai sinh",
                "nộp bổ sung trước ngày " + by.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(texts.get(2)).contains("xin lỗi", "Ngày hẹn mới", "Cần xác minh thêm");
        assertThat(texts.get(3)).contains("đã có kết quả", "bộ phận một cửa");
        assertThat(mails(email).stream().map(m -> m.get("subject").asString())).containsExactly("Đã tiếp nhận hồ sơ " + code,
                "Hồ sơ " + code + " cần bổ sung giấy tờ", "Xin lỗi vì hồ sơ " + code + " chậm hẹn", "Hồ sơ " + code + " đã có kết quả");

        JsonNode log = api.get("/api/v1/dossiers/" + code + "/notifications", "motcua.binhan").json();
        assertThat(log).hasSize(8);
        log.forEach(n -> assertThat(n.get("status").asString()).isEqualTo("SENT"));
        assertThat(log.get(0).get("channel").asString()).isEqualTo("SMS");
        assertThat(log.get(0).get("to").asString()).isEqualTo(phone);
        assertThat(log.get(0).get("template").asString()).isEqualTo("RECEIVED");
        assertThat(log.get(0).get("attempts").asInt()).isEqualTo(1);
        assertThat(log.get(0).get("sentAt").isString()).isTrue();
    }

    @Test
    void aRefusalSaysWhy() throws Exception {
        String phone = phone(3);
        String code = receive("H40.01", "motcua.binhan", phone, null, false);
        act("lanhdao.binhan", code, "refuse", "{\"reason\": \"Không thuộc thẩm quyền giải quyết của xã\"}");
        sender.deliver();
        assertThat(texts("/__sms?to=" + phone)).hasSize(2).last().asString()
                .contains(code, "không được giải quyết", "Không thuộc thẩm quyền giải quyết của xã");
    }

    /** Stopped is not refused (Mẫu 05, not 03): the applicant reads that the handling stopped, and why. */
    @Test
    void aStoppedDossiersApplicantIsToldItStoppedNotThatItWasRefused() throws Exception {
        String phone = phone(7);
        String code = receive("H40.01", "motcua.binhan", phone, null, false);
        act("lanhdao.binhan", code, "stop", "{\"reason\": \"Người nộp đề nghị dừng để bổ sung giấy tờ khác\"}");
        sender.deliver();
        assertThat(texts("/__sms?to=" + phone)).hasSize(2).last().asString()
                .contains(code, "đã dừng giải quyết", "Người nộp đề nghị dừng").doesNotContain("không được giải quyết");
    }

    @Test
    void whenTheGatewayFailsTwiceTheNoticeStillArrivesOnce() throws Exception {
        String phone = phone(5);
        fault("sms", "error");
        String code = receive("H40.01", "motcua.binhan", phone, null, false);
        for (int i = 0; i < 2; i++) {
            sender.deliver();
            dueNow();
        }
        assertThat(jdbc.queryForObject("select attempts from notification where dossier_code = ? and channel = 'SMS'", Integer.class, code))
                .isEqualTo(2);
        fault("sms", "up");
        links.find("sms").orElseThrow().reset();
        sender.deliver();
        sender.deliver();
        assertThat(texts("/__sms?to=" + phone)).hasSize(1);
        assertThat(api.get("/api/v1/dossiers/" + code + "/notifications", "motcua.binhan").json().get(0).get("attempts").asInt()).isEqualTo(3);
    }

    @Test
    void aNodeThatStoppedAfterTakingOrAfterSendingANoticeSendsItOnce() throws Exception {
        String phone = phone(7);
        String code = receive("H40.01", "motcua.binhan", phone, null, false);
        long id = jdbc.queryForObject("select id from notification where dossier_code = ? and channel = 'SMS'", Long.class, code);
        // a node took the notice and stopped before sending: it comes due again when its hold ends
        jdbc.update("update notification set next_attempt_at = now() + interval '60 seconds' where id = ?", id);
        assertThat(sender.deliver()).as("held by the node that stopped").isZero();
        // … another node sent it and stopped before noting it as sent: the gateway knows the tracking id
        simulatorPost("/sms/v1/messages", "{\"to\": \"" + phone + "\", \"text\": \"x\", \"trackingId\": \"xaso-" + id + "\"}");
        dueNow();
        assertThat(sender.deliver()).isGreaterThanOrEqualTo(1);
        assertThat(texts("/__sms?to=" + phone)).as("delivered once").hasSize(1);
    }

    @Test
    void zaloWhenTheApplicantChoseItAndSmsWhenThePhoneHasNoZalo() throws Exception {
        String withZalo = phone(2);
        String withoutZalo = phone(9);
        String first = receive("H40.01", "motcua.binhan", withZalo, null, true);
        String second = receive("H40.01", "motcua.binhan", withoutZalo, null, true);
        sender.deliver();
        sender.deliver();

        JsonNode zalo = api.json(get("/__zalo?to=84" + withZalo.substring(1)));
        assertThat(zalo).hasSize(1);
        assertThat(zalo.get(0).get("data").get("code").asString()).isEqualTo(first);
        assertThat(texts("/__sms?to=" + withZalo)).isEmpty();
        assertThat(texts("/__sms?to=" + withoutZalo)).hasSize(1).first().asString().contains(second);
        JsonNode log = api.get("/api/v1/dossiers/" + second + "/notifications", "motcua.binhan").json();
        assertThat(log).extracting(n -> n.get("channel").asString() + " " + n.get("status").asString())
                .containsExactly("ZALO FAILED", "SMS SENT");
    }

    @Test
    void aDossiersNoticesGoToItsOwnApplicantOnly() throws Exception {
        String binhAn = phone(4);
        String thienTruong = phone(6);
        String mine = receive("H40.01", "motcua.binhan", binhAn, null, false);
        String theirs = receive("H40.02", "motcua.thientruong", thienTruong, null, false);
        sender.deliver();
        assertThat(texts("/__sms?to=" + binhAn)).hasSize(1).allMatch(t -> t.contains(mine) && !t.contains(theirs));
        assertThat(texts("/__sms?to=" + thienTruong)).hasSize(1).allMatch(t -> t.contains(theirs) && !t.contains(mine));
        assertThat(api.get("/api/v1/dossiers/" + theirs + "/notifications", "motcua.binhan").status())
                .as("another unit's dossier").isEqualTo(404);
    }

    @Test
    void anAdministratorSeesWhatFailedAndSendsItAgain() throws Exception {
        String phone = phone(8);
        fault("sms", "error");
        String code = receive("H40.01", "motcua.binhan", phone, null, false);
        for (int i = 0; i < 4; i++) {
            sender.deliver();
            dueNow();
        }
        long id = jdbc.queryForObject("select id from notification where dossier_code = ? and channel = 'SMS'", Long.class, code);
        assertThat(jdbc.queryForObject("select parked_at is not null from notification where id = ?", Boolean.class, id))
                .as("failed after the last attempt").isTrue();
        fault("sms", "up");
        links.find("sms").orElseThrow().reset();
        sender.deliver();
        assertThat(texts("/__sms?to=" + phone)).as("a failed notice waits for an administrator").isEmpty();

        WebSession admin = new WebSession(port);
        admin.login("admin", "demo");
        assertThat(admin.get("/admin/notifications?failed=true").body()).contains(code, "Gửi lỗi");
        assertThat(jdbc.queryForObject("select last_error from notification where id = ?", String.class, id)).isNotBlank();
        assertThat(admin.postForm("/admin/notifications?failed=true", "/admin/notifications/" + id + "/retry", Map.of()).statusCode())
                .isEqualTo(302);
        sender.deliver();
        assertThat(texts("/__sms?to=" + phone)).hasSize(1);
        WebSession counter = new WebSession(port);
        counter.login("motcua.binhan", "demo");
        assertThat(counter.get("/admin/notifications").statusCode()).isEqualTo(403);
    }

    @Test
    void theProvinceAdministratorChangesATextWithAPreviewAndLaterNoticesUseIt() throws Exception {
        WebSession admin = new WebSession(port);
        admin.login("admin", "demo");
        String page = admin.get("/admin/notifications/templates").body();
        assertThat(page).contains("template-REFUSED-SMS", "H40.01-261207-0001 không được giải quyết");
        String text = "{unit} rất tiếc: hồ sơ {code} chưa giải quyết được vì {reason}. Gọi 0229 3871 234 để được giúp.";
        String preview = admin.postForm("/admin/notifications/templates", "/admin/notifications/templates",
                Map.of("notice", "REFUSED", "channel", "SMS", "body", text, "step", "preview")).body();
        assertThat(preview).contains("Xã Bình An rất tiếc: hồ sơ H40.01-261207-0001 chưa giải quyết được vì Cần xác minh thêm");
        String unknown = admin.postForm("/admin/notifications/templates", "/admin/notifications/templates",
                Map.of("notice", "REFUSED", "channel", "SMS", "body", "Hồ sơ {code} {maHoSo}", "step", "save")).body();
        assertThat(unknown).contains("Ô điền {maHoSo} không có");
        assertThat(admin.postForm("/admin/notifications/templates", "/admin/notifications/templates",
                Map.of("notice", "REFUSED", "channel", "SMS", "body", text, "step", "save")).statusCode()).isEqualTo(302);

        String phone = phone(1);
        String code = receive("H40.01", "motcua.binhan", phone, null, false);
        act("lanhdao.binhan", code, "refuse", "{\"reason\": \"thiếu xác nhận của trưởng thôn\"}");
        sender.deliver();
        assertThat(texts("/__sms?to=" + phone)).last().asString()
                .isEqualTo("Xã Bình An rất tiếc: hồ sơ " + code + " chưa giải quyết được vì thiếu xác nhận của trưởng thôn. Gọi 0229 3871 234 để được giúp.");
        // a Zalo notice shows the SMS text, and so does the SMS it falls back to
        String noZalo = phone(5);
        String other = receive("H40.01", "motcua.binhan", noZalo, null, true);
        act("lanhdao.binhan", other, "refuse", "{\"reason\": \"hồ sơ không thuộc thẩm quyền\"}");
        sender.deliver();
        sender.deliver();
        assertThat(texts("/__sms?to=" + noZalo)).last().asString().contains("rất tiếc: hồ sơ " + other);
        jdbc.update("delete from notification_template");

        WebSession counter = new WebSession(port);
        counter.login("motcua.binhan", "demo");
        assertThat(counter.postForm("/", "/admin/notifications/templates",
                Map.of("notice", "REFUSED", "channel", "SMS", "body", text, "step", "save")).statusCode()).isEqualTo(403);
    }

    @Test
    void aLeaderGetsTheUnitsOverdueDossiersEveryWorkingDayMorningOnce() throws Exception {
        String unit = "H40.11";
        String counter = official(unit, "COUNTER");
        String leader = official(unit, "LEADER");
        String address = leader + "@ubnd.example.vn";
        assertThat(api.put("/api/v1/officials/" + leader, "admin", "{\"email\": \"" + address + "\"}").status()).isEqualTo(200);
        String code = receive(unit, counter, phone(3), null, false);
        java.time.LocalDate day = java.time.LocalDate.ofInstant(Instant.parse(
                api.get("/api/v1/dossiers/" + code, counter).json().get("dueAt").asString()), vn.xaso.organization.Organization.ZONE)
                .plusDays(2);
        while (!calendars.forUnit(unit).isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        clock.set(day + "T07:00");

        assertThat(digest.send()).isGreaterThanOrEqualTo(1);
        digest.send();
        dueNow(); // queued at the test clock's morning, days ahead of the database's own clock
        sender.deliver();
        List<JsonNode> mails = mails(address);
        assertThat(mails).as("once a day").hasSize(1);
        assertThat(mails.get(0).get("subject").asString()).startsWith("Hồ sơ quá hạn của ").endsWith(
                "ngày " + day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(mails.get(0).get("body").asString()).contains(code, "Kính gửi");
    }

    /**
     * An installation without a mail relay: the e-mail link says so, and a dossier's e-mail notice is not queued to wait
     * forever; SMS goes on. With the relay (the demo's mail sink) the link is up and shows where its e-mails are read.
     */
    @Test
    void aChannelNobodyConfiguredIsShownSoAndQueuesNothing() throws Exception {
        JsonNode email = link("email");
        assertThat(email.get("state").asString()).isEqualTo("UP");
        assertThat(email.get("viewUrl").asString()).isEqualTo(environment.getProperty("xaso.integration.simulator.url") + "/__mail");

        var sources = ((org.springframework.core.env.ConfigurableEnvironment) environment).getPropertySources();
        sources.addFirst(new org.springframework.core.env.MapPropertySource("no-mail-relay", java.util.Map.of("spring.mail.host", "")));
        try {
            assertThat(link("email").get("state").asString()).isEqualTo("NOT_CONFIGURED");
            assertThat(link("sms").get("state").asString()).isEqualTo("UP");
            WebSession admin = new WebSession(port);
            admin.login("admin", Api.PASSWORD);
            assertThat(admin.get("/admin/integration").body()).contains("Chưa cấu hình");

            String code = receive("H40.01", "motcua.binhan", phone(5), "khongcoholhu@example.vn", false);
            JsonNode log = api.get("/api/v1/dossiers/" + code + "/notifications", "motcua.binhan").json();
            assertThat(log).as("the SMS only").hasSize(1);
            assertThat(log.get(0).get("channel").asString()).isEqualTo("SMS");
        } finally {
            sources.remove("no-mail-relay");
        }
        assertThat(link("email").get("state").asString()).isEqualTo("UP");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** A phone number no other test uses, ending in {@code last} (even: it has Zalo). */
    private static String phone(int last) {
        return "09" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000) + last;
    }

    private String receive(String unit, String counter, String phone, String email, boolean zalo) {
        Api.Response received = api.post("/api/v1/dossiers", counter, """
                {"procedureCode": "HN-01", "unitCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Đỗ Thị Nhắn", "idNumber": "037190005555", "phone": "%s"%s, "zalo": %s}}"""
                .formatted(unit, phone, email == null ? "" : ", \"email\": \"" + email + "\"", zalo));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        return received.json().get("code").asString();
    }

    private String official(String unit, String role) {
        return jdbc.queryForObject("""
                select o.username from official o join official_role r on r.username = o.username
                where o.unit_code = ? and r.role = ? order by o.username limit 1""", String.class, unit, role);
    }

    private void act(String user, String code, String action, String body) {
        Api.Response response = api.post("/api/v1/dossiers/" + code + "/actions/" + action, user, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
    }

    private JsonNode link(String name) {
        for (JsonNode link : api.get("/api/v1/integration/links", "admin").json()) {
            if (link.get("name").asString().equals(name)) {
                return link;
            }
        }
        throw new AssertionError("no link " + name);
    }

    private void dueNow() {
        jdbc.update("update notification set next_attempt_at = now() where sent_at is null and parked_at is null");
    }

    private List<String> texts(String path) throws Exception {
        List<String> texts = new ArrayList<>();
        api.json(get(path)).forEach(m -> texts.add(m.get("text").asString()));
        return texts;
    }

    /** The e-mails the demo's mail relay took for {@code to}, oldest first: read on its page, as people read them. */
    private List<JsonNode> mails(String to) throws Exception {
        List<JsonNode> mails = new ArrayList<>();
        api.json(get("/__mail?format=json&to=" + java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8)))
                .forEach(mails::add);
        java.util.Collections.reverse(mails);
        return mails;
    }

    private String get(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(environment.getProperty("xaso.integration.simulator.url") + path)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    private void simulatorPost(String path, String json) throws Exception {
        java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(environment.getProperty("xaso.integration.simulator.url") + path))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private void fault(String service, String mode) throws Exception {
        simulatorPost("/__faults", "{\"service\": \"" + service + "\", \"mode\": \"" + mode + "\"}");
    }
}
