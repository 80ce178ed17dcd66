package vn.xaso.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/**
 * The national public-service portal through the demo's simulator: dossiers submitted there arrive once however
 * often they are sent; every portal status of a dossier reaches the portal once and in order — also when the portal
 * was down for a while, and when a node stopped after taking a message or after sending it but before noting it.
 */
@XasoTest
class PortalLinkTests {

    /** The national portal's own account in the demo. */
    private static final String PORTAL = "dvcqg";

    private static final String UNIT = "H40.05";

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Autowired
    PortalSender sender;
    @Autowired
    PortalMessages messages;
    @Autowired
    Links links;
    @Autowired
    JdbcTemplate jdbc;
    Api api;
    SimulatorControl simulator;
    String counter;
    String leader;
    String specialist;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        simulator = new SimulatorControl(environment);
        counter = official("COUNTER");
        leader = official("LEADER");
        specialist = official("SPECIALIST");
    }

    @AfterEach
    void portalUp() throws Exception {
        fault("up");
        links.find("dvcqg").orElseThrow().reset();
    }

    @Test
    void aDossierFromThePortalArrivesOnceHoweverOftenItIsSent() throws Exception {
        String body = portalDossier("G22.99-261206-000101", "ONLINE");

        Api.Response first = api.post("/api/v1/integration/dvcqg/dossiers", PORTAL, body);
        Api.Response again = api.post("/api/v1/integration/dvcqg/dossiers", PORTAL, body);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        String code = first.json().get("code").asString();
        assertThat(again.json().get("code").asString()).isEqualTo(code);
        assertThat(first.json().get("portalStatus").asInt()).isEqualTo(1);
        JsonNode dossier = api.get("/api/v1/dossiers/" + code, counter).json();
        assertThat(dossier.get("portalCode").asString()).isEqualTo("G22.99-261206-000101");
        assertThat(dossier.get("channel").asString()).isEqualTo("ONLINE");
        assertThat(dossier.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select count(*) from dossier where portal_code = 'G22.99-261206-000101'", Long.class))
                .isOne();
    }

    @Test
    void twoSendsAtOnceMakeOneDossier() throws Exception {
        String body = portalDossier("G22.99-261206-000102", null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api.Response>> sends = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Api.Response> send = () -> api.post("/api/v1/integration/dvcqg/dossiers", PORTAL, body);
                sends.add(pool.submit(send));
            }
            List<Integer> statuses = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (Future<Api.Response> send : sends) {
                statuses.add(send.get().status());
                codes.add(send.get().json().get("code").asString());
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(200, 201);
            assertThat(codes).containsOnly(codes.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from dossier where portal_code = 'G22.99-261206-000102'", Long.class))
                .isOne();
    }

    @Test
    void onlyThePortalsOwnAccountHandsOverAndOnlyOnlineDossiers() {
        for (String official : new String[] {"motcua.binhan", counter, "admin", "theodoi"}) {
            assertThat(api.post("/api/v1/integration/dvcqg/dossiers", official, portalDossier("G22.99-X1", null)).status())
                    .as(official).isEqualTo(403);
        }
        Api.Response counterChannel = api.post("/api/v1/integration/dvcqg/dossiers", PORTAL, portalDossier("G22.99-X3", "COUNTER"));
        assertThat(counterChannel.status()).isEqualTo(400);
        assertThat(counterChannel.body()).contains("channel");
        Api.Response noCode = api.post("/api/v1/integration/dvcqg/dossiers", PORTAL, portalDossier("", null));
        assertThat(noCode.status()).isEqualTo(400);
        assertThat(noCode.body()).contains("portalCode");
    }

    @Test
    void everyChangeReachesThePortalOnceAndInOrder() throws Exception {
        String code = receiveAndFinish();

        deliverAll(code);

        assertEveryEventOnceInOrder(code);
    }

    @Test
    void aPortalDownForAWhileGetsEverythingInOrderWhenItIsBack() throws Exception {
        fault("down");
        String code = receiveAndFinish();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            sender.deliver();
            return jdbc.queryForObject("select count(*) from portal_message where dossier_code = ? and attempts > 0",
                    Long.class, code) > 0;
        });
        assertThat(statusesAtThePortal(code)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from portal_message where dossier_code = ? and attempts > 0",
                Long.class, code)).as("later messages wait behind the first").isOne();

        fault("up");
        deliverAll(code);

        assertEveryEventOnceInOrder(code);
    }

    @Test
    void whenThePortalIsBackWhatWaitedGoesAtOnceNotWhenItsPauseEnds() throws Exception {
        fault("down");
        String code = receiveAndFinish();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            sender.deliver();
            return links.find("dvcqg").orElseThrow().status().circuit().equals("OPEN");
        });
        // every waiting message paused for five minutes, as after a long outage
        jdbc.update("update portal_message set next_attempt_at = now() + interval '5 minutes', attempts = 8 where sent_at is null");
        fault("up");

        deliverAll(code);

        assertEveryEventOnceInOrder(code);
    }

    @Test
    void aNodeStoppedAfterTakingOrAfterSendingLosesAndDuplicatesNothing() throws Exception {
        String code = receiveAndFinish();
        // a node took the dossier's first message and stopped: the message comes due again when its lease ends
        List<PortalMessages.Message> taken = messages.outbox().claimDue(1000, Duration.ofSeconds(60), PortalMessages.Message::row);
        PortalMessages.Message first = taken.stream().filter(m -> m.dossierCode().equals(code)).findFirst().orElseThrow();
        // … and another node sent it but stopped before noting it as sent
        HttpResponse<String> direct = simulator.post("/dvcqg/v1/dossiers", """
                {"MaHoSo": "%s", "MaThongDiep": %d, "TrangThaiHoSo": %d}""".formatted(code, first.id(), first.portalStatus()));
        assertThat(direct.statusCode()).isEqualTo(200);
        jdbc.update("update portal_message set next_attempt_at = now() where sent_at is null");

        deliverAll(code);

        assertEveryEventOnceInOrder(code);
    }

    @Test
    void theReconciliationSendsAgainWhatThePortalLostAndLeavesWhatIsOnItsWay() throws Exception {
        String lost = receiveAndFinish();
        deliverAll(lost);
        simulator.post("/__forget?dossier=" + lost, "");
        String waiting = receiveAndFinish();
        LocalDate day = LocalDate.parse(api.get("/api/v1/dossiers/" + lost, counter).json().get("submittedAt").asString()
                .substring(0, 10));

        Api.Response reconciled = api.post("/api/v1/integration/dvcqg/reconciliation?day=" + day, "admin", "");

        assertThat(reconciled.status()).as(reconciled.body()).isEqualTo(200);
        JsonNode outcome = reconciled.json();
        List<String> resent = new ArrayList<>();
        outcome.get("resent").forEach(code -> resent.add(code.asString()));
        assertThat(resent).contains(lost).doesNotContain(waiting);
        assertThat(outcome.get("pending").asInt()).isPositive();
        assertThat(outcome.get("ours").asInt()).isGreaterThan(outcome.get("theirs").asInt());
        deliverAll(lost);
        deliverAll(waiting);
        assertThat(statusesAtThePortal(lost)).as("the lost dossier as it stands now").containsExactly(10);
        assertEveryEventOnceInOrder(waiting);
        assertThat(api.post("/api/v1/integration/dvcqg/reconciliation?day=" + day, counter, "").status()).isEqualTo(403);
        await("in the audit trail").atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'integration.dvcqg.reconcile' and subject_id = ?",
                Long.class, day.toString()) > 0);
    }

    @Test
    void anAdministratorSeesStuckMessagesAndRetriesOrParksThem() throws Exception {
        fault("error");
        String code = receiveAndFinish();
        sender.deliver();
        long stuck = jdbc.queryForObject("select min(id) from portal_message where dossier_code = ?", Long.class, code);

        WebSession admin = new WebSession(port);
        admin.login("admin", "demo");
        HttpResponse<String> page = admin.get("/admin/integration");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Cổng Dịch vụ công quốc gia", "CSDL quốc gia về dân cư", "id=\"stuck\"",
                "/admin/integration/dvcqg/messages/");
        // the error in words, the technical text only under "details"
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page.body())).contains("Hệ thống báo lỗi phía họ",
                "<details><summary>Chi tiết kỹ thuật</summary><code>HTTP 500</code></details>");

        HttpResponse<String> parked = admin.postForm("/admin/integration", "/admin/integration/dvcqg/messages/" + stuck + "/park", Map.of());
        assertThat(parked.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select parked_at is not null from portal_message where id = ?", Boolean.class, stuck))
                .isTrue();
        HttpResponse<String> retried = admin.postForm("/admin/integration", "/admin/integration/dvcqg/messages/" + stuck + "/retry", Map.of());
        assertThat(retried.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select parked_at is null from portal_message where id = ?", Boolean.class, stuck))
                .isTrue();

        WebSession monitor = new WebSession(port);
        monitor.login("theodoi", "demo");
        assertThat(monitor.get("/admin/integration").statusCode()).isEqualTo(200);
        assertThat(monitor.get("/admin/integration").body()).doesNotContain("/park");
        WebSession counterSession = new WebSession(port);
        counterSession.login("motcua.binhan", "demo");
        assertThat(counterSession.get("/admin/integration").statusCode()).isEqualTo(403);
    }

    @Test
    void theIndexCountsTheDossiersReceivedThatThePortalHas() throws Exception {
        long[] before = synchronisedOfReceivedToday();
        fault("down");
        String code = receiveAndFinish();
        sender.deliver();
        long[] during = synchronisedOfReceivedToday();
        assertThat(during[1]).as("received today").isEqualTo(before[1] + 1);
        assertThat(during[0]).as("the portal does not have it yet").isEqualTo(before[0]);

        fault("up");
        links.find("dvcqg").orElseThrow().reset();
        jdbc.update("update portal_message set next_attempt_at = now() where sent_at is null");
        deliverAll(code);
        long[] after = synchronisedOfReceivedToday();
        assertThat(after[0]).as("now the portal has it").isEqualTo(before[0] + 1);
        sender.deliver();
        assertThat(synchronisedOfReceivedToday()[0]).as("later messages do not count it again").isEqualTo(after[0]);
    }

    /**
     * What keeps the portal status reaches the portal too (each step, a supplement, the apology's new appointment, the
     * fee), each once, and every message carries the dossier whole: the papers, the fees, the supplements with the
     * appointment before and after, and each step with the handler's full name, title and unit.
     */
    @Test
    void whatKeepsTheStatusReachesThePortalTooAndEachMessageCarriesTheDossierWhole() throws Exception {
        JsonNode procedure = api.get("/api/v1/procedures/HKD-01", counter).json();
        String paper = procedure.get("components").get(0).get("name").asString();
        Api.Response received = api.post("/api/v1/dossiers", counter, """
                {"procedureCode": "HKD-01", "unitCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Đỗ Thị Kinh Doanh", "idNumber": "037190006666"},
                 "components": [%s]}""".formatted(UNIT, names(procedure.get("components"))));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String code = received.json().get("code").asString();
        act(leader, code, "assign", "{\"assignee\": \"" + specialist + "\"}");
        act(specialist, code, "request-supplement", "{\"reason\": \"Thiếu giấy tờ\", \"missing\": [\"" + paper + "\"]}");
        act(counter, code, "supplement", "{\"components\": [\"" + paper + "\"]}");
        String due = api.get("/api/v1/dossiers/" + code, counter).json().get("dueAt").asString();
        String promised = java.time.OffsetDateTime.parse(due).plusDays(3).toString();
        act(leader, code, "extend", "{\"reason\": \"Cần xác minh thêm\", \"newDueAt\": \"" + promised + "\"}");
        act(specialist, code, "propose", "{\"summary\": \"Đủ điều kiện\"}");
        act(leader, code, "approve", "{}");
        long fee = api.get("/api/v1/dossiers/" + code, counter).json().path("feeDue").asLong();
        assertThat(fee).as("HKD-01 has a fee").isPositive();
        act(counter, code, "record-payment", "{\"method\": \"CASH\", \"amount\": " + fee + "}");
        act(counter, code, "return-result", "{\"channel\": \"COUNTER\"}");

        deliverAll(code);

        List<Integer> statuses = oncePerEvent(code);
        assertThat(statuses).as("the steps that keep a status are sent too").hasSizeGreaterThanOrEqualTo(10)
                .containsSubsequence(1, 2, 4, 5, 4, 4, 9, 10);
        JsonNode whole = api.json(simulator.get("/__record?dossier=" + code).body());
        assertThat(whole.get("TrangThaiHoSo").asInt()).isEqualTo(10);
        assertThat(whole.get("MaLinhVuc").isNull()).as("no field code is invented").isTrue();
        assertThat(whole.get("TenLinhVuc").asString()).isNotBlank();
        assertThat(whole.get("DuocThanhToanTrucTuyen").asBoolean()).isFalse();
        assertThat(whole.get("TaiKhoanDuocXacThucVoiVNeID").asBoolean()).isFalse();
        JsonNode supplement = whole.get("DanhSachHoSoBoSung").get(0);
        assertThat(whole.get("DanhSachHoSoBoSung").size()).isOne();
        assertThat(supplement.get("GiayToCanBoSung").get(0).asString()).isEqualTo(paper);
        assertThat(supplement.get("NgayBoSung").asString()).isNotBlank();
        assertThat(supplement.get("NgayHenTraCu").asString()).as("the appointment before the request").isEqualTo(
                PortalDossier.time(java.time.OffsetDateTime.parse(received.json().get("dueAt").asString()).toInstant()));
        assertThat(supplement.get("NgayHenTraMoi").asString()).as("after the supplement: the clock stood still meanwhile")
                .isEqualTo(PortalDossier.time(java.time.OffsetDateTime.parse(due).toInstant()));
        assertThat(whole.get("NgayHenTra").asString()).as("the apology's new appointment")
                .isEqualTo(PortalDossier.time(java.time.OffsetDateTime.parse(promised).toInstant()));
        JsonNode fees = whole.get("DanhSachLePhi");
        assertThat(fees.size()).isOne();
        assertThat(fees.get(0).get("SoTien").asLong()).isEqualTo(fee);
        assertThat(fees.get(0).get("SoBienLai").asString()).isNotBlank();
        List<String> papers = new ArrayList<>();
        whole.get("TaiLieuNop").forEach(p -> papers.add(p.get("TenTaiLieu").asString() + "=" + p.get("DaNop").asBoolean()));
        assertThat(papers).contains(paper + "=true");
        Map<String, JsonNode> steps = new java.util.LinkedHashMap<>();
        whole.get("QuaTrinhXuLy").forEach(step -> steps.putIfAbsent(step.get("NoiDungXuLy").asString().split(":")[0], step));
        assertThat(steps.keySet()).containsSubsequence("Nộp hồ sơ", "Tiếp nhận", "Phân công", "Yêu cầu bổ sung", "Bổ sung hồ sơ",
                "Xin lỗi, hẹn lại", "Trình kết quả", "Phê duyệt", "Thu phí, lệ phí", "Trả kết quả");
        JsonNode approval = steps.get("Phê duyệt");
        Map<String, Object> leaderRow = jdbc.queryForMap("""
                select o.full_name, o.title, u.name from official o join unit u on u.code = o.unit_code where o.username = ?""", leader);
        assertThat(approval.get("NguoiXuLy").asString()).as("the full name, not the login").isEqualTo(leaderRow.get("full_name"))
                .isNotEqualTo(leader);
        assertThat(approval.get("ChucDanh").asString()).isEqualTo(leaderRow.get("title"));
        assertThat(approval.get("PhongBanXuLy").asString()).isEqualTo(leaderRow.get("name"));
        assertThat(approval.get("TrangThai").asInt()).isEqualTo(9);
        assertThat(steps.get("Phân công").get("NgayBatDau").asString()).as("when the step began").isNotBlank();
        assertThat(steps.get("Phân công").get("NgayKetThucTheoQuyDinh").asString()).isNotBlank();

        // the same event published again is the same message
        long before = jdbc.queryForObject("select count(*) from portal_message where dossier_code = ?", Long.class, code);
        messages.enqueue(code, "DossierRated@1", 10, "{}", java.time.Instant.now());
        messages.enqueue(code, "DossierRated@1", 10, "{}", java.time.Instant.now());
        jdbc.update("update portal_message set sent_at = now() where dossier_code = ? and event_key = 'DossierRated@1'", code);
        assertThat(jdbc.queryForObject("select count(*) from portal_message where dossier_code = ?", Long.class, code))
                .isEqualTo(before + 1);
    }

    /** The component names of a procedure as a JSON list of components handed in. */
    private static String names(JsonNode components) {
        List<String> names = new ArrayList<>();
        components.forEach(c -> names.add("{\"name\": \"" + c.get("name").asString() + "\"}"));
        return String.join(", ", names);
    }

    /**
     * The portal received each of the dossier's messages once, in the order of its changes (the status never goes
     * back), through every status of a dossier received and returned.
     */
    private void assertEveryEventOnceInOrder(String code) throws Exception {
        List<Integer> statuses = oncePerEvent(code);
        assertThat(statuses).isSorted();
        assertThat(statuses.stream().distinct().toList()).containsExactly(1, 2, 4, 9, 10);
    }

    /** The statuses the portal received for the dossier, in order: one message for each queued, none twice. */
    private List<Integer> oncePerEvent(String code) throws Exception {
        List<Integer> statuses = statusesAtThePortal(code);
        assertThat(statuses).hasSize(jdbc.queryForObject("select count(*) from portal_message where dossier_code = ?",
                Integer.class, code));
        return statuses;
    }

    /** Decision 766 indicator 1.4 for the unit today: {dossiers the portal has, dossiers received}. */
    private long[] synchronisedOfReceivedToday() {
        String today = java.time.LocalDate.now(vn.xaso.organization.Organization.ZONE).toString();
        JsonNode index = api.get("/api/v1/reports/index-766?unit=" + UNIT + "&from=" + today + "&to=" + today, leader).json();
        JsonNode synced = index.get("groups").get(0).get("indicators").get(2);
        assertThat(synced.get("code").asString()).isEqualTo("1.4");
        return new long[] {synced.get("numerator").asLong(), synced.get("denominator").asLong()};
    }

    /** Delivers until the dossier's messages are all at the portal (those queued before it by other tests go first). */
    private void deliverAll(String code) {
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            sender.deliver();
            return jdbc.queryForObject("select count(*) from portal_message where dossier_code = ? and sent_at is null",
                    Long.class, code) == 0;
        });
    }

    private String receiveAndFinish() {
        Api.Response received = api.post("/api/v1/dossiers", counter, """
                {"procedureCode": "HN-01", "unitCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Trần Thị Gửi", "idNumber": "037190007777"}}""".formatted(UNIT));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String code = received.json().get("code").asString();
        act(leader, code, "assign", "{\"assignee\": \"" + specialist + "\"}");
        act(specialist, code, "propose", "{\"summary\": \"Đủ điều kiện\"}");
        act(leader, code, "approve", "{}");
        act(counter, code, "return-result", "{\"channel\": \"COUNTER\"}");
        return code;
    }

    private void act(String user, String code, String action, String body) {
        Api.Response response = api.post("/api/v1/dossiers/" + code + "/actions/" + action, user, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
    }

    private List<Integer> statusesAtThePortal(String code) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (JsonNode received : api.json(simulator.get("/__received?dossier=" + code).body())) {
            statuses.add(received.get("portalStatus").asInt());
        }
        return statuses;
    }

    /**
     * A portal code is one portal dossier: the same code for another unit neither answers with the dossier that has it
     * (its status, another unit's) nor takes it over; the history and the audit name the account that handed it in.
     */
    @Test
    void aPortalCodeIsOneDossierAndItsHistoryNamesWhoHandedItIn() {
        Api.Response first = api.post("/api/v1/integration/dvcqg/dossiers", PORTAL, portalDossier("G22.99-261206-000177", null));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String code = first.json().get("code").asString();

        Api.Response elsewhere = api.post("/api/v1/integration/dvcqg/dossiers", PORTAL, """
                {"portalCode": "G22.99-261206-000177", "procedureCode": "HN-01", "unitCode": "H40.01",
                 "applicant": {"fullName": "Kẻ Chiếm Mã", "idNumber": "037190009999"}}""");
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(409);
        assertThat(elsewhere.body()).doesNotContain(code);

        assertThat(api.get("/api/v1/dossiers/" + code + "/history", counter).json().get(0).get("actor").asString())
                .isEqualTo(PORTAL);
        // the audit trail is written just after the change's commit
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.queryForList("select actor from audit_entry where subject_id = ?", String.class, code)).contains(PORTAL));
    }

    private String portalDossier(String portalCode, String channel) {
        return """
                {"portalCode": "%s", "procedureCode": "HN-01", "unitCode": "%s", %s
                 "applicant": {"fullName": "Lê Văn Trực Tuyến", "idNumber": "037190008888", "email": "a@example.vn"}}"""
                .formatted(portalCode, UNIT, channel == null ? "" : "\"channel\": \"" + channel + "\",");
    }

    private String official(String role) {
        return jdbc.queryForObject("""
                select o.username from official o join official_role r on r.username = o.username
                where o.unit_code = ? and r.role = ? order by o.username limit 1""", String.class, UNIT, role);
    }

    private void fault(String mode) throws Exception {
        simulator.fault("dvcqg", mode);
    }
}
