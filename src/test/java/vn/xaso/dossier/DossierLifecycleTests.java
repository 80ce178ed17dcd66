package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.TestClock;
import vn.xaso.XasoTest;

/**
 * Whole lifecycles through the REST API, at exact working times: received Monday 23/11/2026 08:00, a
 * 3-working-day procedure (HKD-01) is due Thursday 26/11 08:00 (Monday counts 7 hours from 08:00).
 */
@XasoTest
class DossierLifecycleTests {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    vn.xaso.workflow.Workflows workflows;
    Api api;
    DossierClient dossiers;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        dossiers = new DossierClient(api);
        clock.set("2026-11-23T08:00");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void counterToLeaderToSpecialistToLeaderToCounter() {
        JsonNode received = dossiers.receiveAtCounter("HKD-01");
        String code = received.get("code").asString();
        assertThat(code).matches("H40\\.01-261123-\\d{4}");
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("portalStatus").asInt()).isEqualTo(2);
        assertThat(received.get("receivedAt").asString()).isEqualTo("2026-11-23T08:00:00+07:00");
        assertThat(received.get("dueAt").asString()).isEqualTo("2026-11-26T08:00:00+07:00");
        assertThat(received.get("currentTask").get("step").asString()).isEqualTo("assign");
        assertThat(inbox("lanhdao.binhan")).contains(code);

        clock.advance(Duration.ofHours(1));
        JsonNode assigned = dossiers.act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        assertThat(assigned.get("status").asString()).isEqualTo("PROCESSING");
        assertThat(assigned.get("currentTask").get("assignee").asString()).isEqualTo("chuyenvien.binhan");
        assertThat(inbox("chuyenvien.binhan")).contains(code);
        assertThat(inbox("lanhdao.binhan")).doesNotContain(code);

        clock.advance(Duration.ofHours(24));
        dossiers.act("chuyenvien.binhan", code, "propose", "{\"summary\": \"Đủ điều kiện cấp giấy chứng nhận.\"}");
        assertThat(inbox("lanhdao.binhan")).contains(code);
        JsonNode approved = dossiers.act("lanhdao.binhan", code, "approve", "{}");
        assertThat(approved.get("status").asString()).isEqualTo("DONE");
        assertThat(approved.get("portalStatus").asInt()).isEqualTo(9);
        assertThat(approved.get("timeliness").asString()).isEqualTo("EARLY");
        assertThat(inbox("motcua.binhan")).contains(code);

        dossiers.act("motcua.binhan", code, "record-payment", "{\"method\": \"CASH\", \"amount\": 100000}");
        JsonNode returned = dossiers.act("motcua.binhan", code, "return-result", "{\"channel\": \"COUNTER\"}");
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("returnedAt")).isNotNull();
        assertThat(returned.get("currentTask").isNull()).isTrue();

        List<String> actions = new ArrayList<>();
        api.get("/api/v1/dossiers/" + code + "/history", "motcua.binhan").json()
                .forEach(entry -> actions.add(entry.get("action").asString() + ":" + entry.get("toStatus").asString()));
        assertThat(actions).containsExactly("submit:SUBMITTED", "accept:RECEIVED", "assign:PROCESSING",
                "propose:PROCESSING", "approve:DONE", "record-payment:DONE", "return-result:RETURNED");
    }

    @Test
    void finishedOnTheDueDayBeforeTheDueTimeIsOnTimeAfterItLate() {
        String onTime = dossiers.receiveAtCounter("TT-01").get("code").asString();
        String late = dossiers.receiveAtCounter("TT-01").get("code").asString();
        clock.set("2026-11-26T07:30");
        assertThat(dossiers.processToDone(onTime).get("timeliness").asString()).isEqualTo("ON_TIME");
        clock.set("2026-11-26T09:00");
        assertThat(dossiers.processToDone(late).get("timeliness").asString()).isEqualTo("LATE");
    }

    @Test
    void aSupplementStopsTheClockAndMovesTheDueTime() {
        String code = dossiers.receiveAtCounter("HKD-01").get("code").asString();
        dossiers.act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        clock.set("2026-11-23T10:00");
        JsonNode waiting = dossiers.act("chuyenvien.binhan", code, "request-supplement",
                "{\"reason\": \"Thiếu giấy tờ\", \"missing\": [\"Bản sao căn cước của chủ hộ\"]}");
        assertThat(waiting.get("status").asString()).isEqualTo("WAITING_SUPPLEMENT");
        assertThat(waiting.get("portalStatus").asInt()).isEqualTo(5);
        assertThat(waiting.get("supplementCount").asInt()).isEqualTo(1);
        assertThat(waiting.get("currentTask").isNull()).as("nobody's task while the applicant supplements").isTrue();

        JsonNode tracked = api.get("/api/v1/public/dossiers/" + code + "?idNumber=037190004321", null).json();
        assertThat(tracked.get("missing").get(0).asString()).isEqualTo("Bản sao căn cước của chủ hộ");

        clock.set("2026-11-24T10:00");
        JsonNode supplemented = dossiers.act("motcua.binhan", code, "supplement",
                "{\"components\": [\"Bản sao giấy tờ pháp lý của cá nhân (căn cước) của chủ hộ kinh doanh\"]}");
        assertThat(supplemented.get("status").asString()).isEqualTo("PROCESSING");
        assertThat(supplemented.get("pausedMinutes").asLong()).as("1.5 + 3.5 + 3 working hours").isEqualTo(8 * 60);
        assertThat(supplemented.get("dueAt").asString()).isEqualTo("2026-11-27T08:00:00+07:00");
        assertThat(supplemented.get("currentTask").get("assignee").asString()).isEqualTo("chuyenvien.binhan");

        clock.set("2026-11-26T16:00");
        dossiers.act("chuyenvien.binhan", code, "propose", "{\"summary\": \"Đủ điều kiện.\"}");
        JsonNode done = dossiers.act("lanhdao.binhan", code, "approve", "{}");
        assertThat(done.get("timeliness").asString()).as("without the pause this would be late").isEqualTo("EARLY");
        var clockEvents = workflows.clock(workflows.instance("DOSSIER", code).orElseThrow().id());
        assertThat(clockEvents).extracting(vn.xaso.workflow.ClockEvent::type).containsExactly(
                vn.xaso.workflow.ClockEvent.Type.START, vn.xaso.workflow.ClockEvent.Type.PAUSE,
                vn.xaso.workflow.ClockEvent.Type.RESUME, vn.xaso.workflow.ClockEvent.Type.FINISH);
        assertThat(clockEvents.get(2).dueAt()).as("the resumed clock carries the moved due time")
                .isEqualTo(java.time.Instant.parse("2026-11-27T01:00:00Z"));
    }

    @Test
    void aSecondSupplementRequestIsAllowedWithAWarningAndMakesTheDossierLate() {
        String code = dossiers.receiveAtCounter("HN-01").get("code").asString();
        dossiers.act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        String request = "{\"reason\": \"Thiếu giấy tờ\", \"missing\": [\"Tờ khai\"]}";
        assertThat(dossiers.act("chuyenvien.binhan", code, "request-supplement", request).get("warnings")).isEmpty();
        dossiers.act("motcua.binhan", code, "supplement", "{\"components\": [\"Tờ khai cấp Giấy xác nhận tình trạng hôn nhân\"]}");
        JsonNode second = dossiers.act("chuyenvien.binhan", code, "request-supplement", request);
        assertThat(second.get("supplementCount").asInt()).isEqualTo(2);
        assertThat(second.get("warnings").get(0).asString()).contains("quá hạn");
        dossiers.act("motcua.binhan", code, "supplement", "{}");
        dossiers.act("chuyenvien.binhan", code, "propose", "{\"summary\": \"Đủ điều kiện.\"}");
        assertThat(dossiers.act("lanhdao.binhan", code, "approve", "{}").get("timeliness").asString()).isEqualTo("LATE");
    }

    @Test
    void onlineSubmissionWaitsForTheCounterThenGetsItsAppointment() {
        JsonNode submitted = dossiers.submit("congdan", "TT-01", "H40.01", "ONLINE", DossierClient.CITIZEN_ID);
        String code = submitted.get("code").asString();
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("portalStatus").asInt()).isEqualTo(1);
        assertThat(submitted.get("dueAt").isNull()).isTrue();
        assertThat(inbox("motcua.binhan")).contains(code);

        clock.set("2026-11-23T16:30");
        JsonNode accepted = dossiers.act("motcua.binhan", code, "accept", "{}");
        assertThat(accepted.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(accepted.get("dueAt").asString()).as("30 min Monday + 2 days + 7.5 h Thursday")
                .isEqualTo("2026-11-26T16:30:00+07:00");
        assertThat(api.get("/api/v1/dossiers?status=RECEIVED", "congdan").json().get("items").toString()).contains(code);
    }

    @Test
    void sameDayProceduresAreDueAtClosingTime() {
        assertThat(dossiers.receiveAtCounter("KS-01").get("dueAt").asString()).isEqualTo("2026-11-23T17:00:00+07:00");
        clock.set("2026-11-23T15:10");
        assertThat(dossiers.receiveAtCounter("CT-01").get("dueAt").asString()).isEqualTo("2026-11-24T17:00:00+07:00");
    }

    /** Asked to supplement at the counter, the dossier was never received: no clock, no fee, nothing to apologise for or stop. */
    @Test
    void aDossierNeverReceivedOffersNoApologyNoFeeAndNoStop() {
        var response = api.post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "HKD-01", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": "Lê Văn Chưa", "idNumber": "037190004444"},
                 "components": [{"name": "Giấy đề nghị đăng ký hộ kinh doanh", "provided": false}]}""");
        String code = response.json().get("code").asString();
        assertThat(response.json().get("status").asString()).isEqualTo("WAITING_SUPPLEMENT");
        assertThat(actions("lanhdao.binhan", code)).doesNotContain("extend", "stop");
        assertThat(actions("motcua.binhan", code)).doesNotContain("record-payment", "extend").contains("supplement");
        assertThat(dossiers.tryAct("lanhdao.binhan", code, "stop", "{\"reason\": \"x\"}").status()).isEqualTo(409);
    }

    /**
     * A walk-in whose papers are not all ticked: the counter is warned before anything is made, may make a dossier that
     * waits for a supplement, then ticks on its page what the applicant brought, and receives it.
     */
    @Test
    void aWalkInWithMissingPapersIsWarnedThenSupplementedPaperByPaperAndReceived() {
        vn.xaso.WebSession counter = new vn.xaso.WebSession(port);
        counter.login("motcua.binhan", Api.PASSWORD);
        java.util.Map<String, String> form = new java.util.HashMap<>(java.util.Map.of("procedureCode", "HKD-01",
                "channel", "COUNTER", "fullName", "Hoàng Văn Quầy", "idNumber", "037190007777", "sets", "1",
                "returnChannel", "COUNTER"));
        var warned = counter.postForm("/dossiers/new?procedure=HKD-01", "/dossiers", form);
        assertThat(warned.statusCode()).as("nothing made yet").isEqualTo(200);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(warned.body()))
                .contains("id=\"missing-warning\"", "Giấy đề nghị đăng ký hộ kinh doanh");

        form.put("incompleteConfirmed", "true");
        var made = counter.postForm("/dossiers/new?procedure=HKD-01", "/dossiers", form);
        String location = made.headers().firstValue("Location").orElseThrow();
        String code = location.substring(location.lastIndexOf('/') + 1);
        assertThat(dossiers.get("motcua.binhan", code).get("status").asString()).isEqualTo("WAITING_SUPPLEMENT");

        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(counter.get("/dossiers/" + code).body());
        assertThat(page).contains("Người nộp đã nộp bổ sung những giấy tờ nào?");
        form.clear();
        form.put(vn.xaso.WebSession.RAW, "&components=" + java.net.URLEncoder.encode("Giấy đề nghị đăng ký hộ kinh doanh",
                java.nio.charset.StandardCharsets.UTF_8) + "&components=" + java.net.URLEncoder.encode(
                "Bản sao giấy tờ pháp lý của cá nhân (căn cước) của chủ hộ kinh doanh", java.nio.charset.StandardCharsets.UTF_8));
        counter.postForm("/dossiers/" + code, "/dossiers/" + code + "/do/supplement", form);
        assertThat(dossiers.get("motcua.binhan", code).get("status").asString()).isEqualTo("SUBMITTED");
        counter.postForm("/dossiers/" + code, "/dossiers/" + code + "/do/accept", java.util.Map.of());
        assertThat(dossiers.get("motcua.binhan", code).get("status").asString()).as("received once all arrived").isEqualTo("RECEIVED");
    }

    private java.util.List<String> actions(String user, String code) {
        java.util.List<String> names = new java.util.ArrayList<>();
        api.get("/api/v1/dossiers/" + code + "/actions", user).json().forEach(a -> names.add(a.asString()));
        return names;
    }

    @Test
    void aLateDossierGetsOneApologyAndNewAppointment() {
        String code = dossiers.receiveAtCounter("TT-01").get("code").asString();
        JsonNode extended = dossiers.act("lanhdao.binhan", code, "extend",
                "{\"reason\": \"Cần xác minh thêm tại thôn\", \"newDueAt\": \"2026-11-30T16:00:00+07:00\"}");
        assertThat(extended.get("dueAt").asString()).isEqualTo("2026-11-30T16:00:00+07:00");
        assertThat(extended.get("extended").asBoolean()).isTrue();
        assertThat(workflows.clock(workflows.instance("DOSSIER", code).orElseThrow().id()))
                .extracting(vn.xaso.workflow.ClockEvent::type)
                .containsExactly(vn.xaso.workflow.ClockEvent.Type.START, vn.xaso.workflow.ClockEvent.Type.EXTEND);
        assertThat(dossiers.tryAct("lanhdao.binhan", code, "extend",
                "{\"reason\": \"Lần nữa\", \"newDueAt\": \"2026-12-03T16:00:00+07:00\"}").status()).isEqualTo(409);
        String another = dossiers.receiveAtCounter("TT-01").get("code").asString();
        assertThat(dossiers.tryAct("lanhdao.binhan", another, "extend",
                "{\"reason\": \"x\", \"newDueAt\": \"2026-11-20T16:00:00+07:00\"}").json().get("field").asString()).isEqualTo("newDueAt");
        assertThat(dossiers.tryAct("motcua.binhan", another, "extend",
                "{\"reason\": \"Chậm\", \"newDueAt\": \"2026-12-20T16:00:00+07:00\"}").status())
                .as("the apology is the leader's, not the counter's").isEqualTo(403);
    }

    @Test
    void aTransferredDossierIsResolvedByTheProvinceAndReturnedByTheCommune() {
        String code = dossiers.receiveAtCounter("DD-01").get("code").asString();
        dossiers.act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        JsonNode transferred = dossiers.act("chuyenvien.binhan", code, "transfer",
                "{\"toUnit\": \"H40\", \"workingDays\": 7, \"reason\": \"Thuộc thẩm quyền Văn phòng đăng ký đất đai\"}");
        assertThat(transferred.get("status").asString()).isEqualTo("TRANSFERRED");
        assertThat(transferred.get("portalStatus").asInt()).isEqualTo(0);
        assertThat(transferred.get("currentTask").get("unitCode").asString()).isEqualTo("H40");
        assertThat(transferred.get("currentTask").get("dueAt").asString()).isEqualTo("2026-12-02T08:00:00+07:00");
        assertThat(inbox("lanhdao.tinh")).contains(code);
        assertThat(api.get("/api/v1/dossiers/" + code, "lanhdao.tinh").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/dossiers?status=TRANSFERRED", "lanhdao.tinh").body()).as("in the handling unit's list")
                .contains(code);

        clock.set("2026-11-30T10:00");
        assertThat(dossiers.act("lanhdao.tinh", code, "approve", "{}").get("status").asString()).isEqualTo("DONE");
        assertThat(inbox("motcua.binhan")).contains(code);
        assertThat(dossiers.act("motcua.binhan", code, "return-result", "{\"channel\": \"POSTAL\"}").get("status").asString())
                .isEqualTo("RETURNED");
    }

    @Test
    void refusalStopAndWithdrawal() {
        String online = dossiers.submit("congdan", "HKD-01", "H40.01", "ONLINE", DossierClient.CITIZEN_ID).get("code").asString();
        JsonNode refused = dossiers.act("motcua.binhan", online, "refuse", "{\"reason\": \"Ngành nghề kinh doanh bị cấm\"}");
        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("timeliness").isNull()).as("never received, so not counted").isTrue();

        String proposedRefusal = dossiers.receiveAtCounter("HKD-01").get("code").asString();
        dossiers.act("lanhdao.binhan", proposedRefusal, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        dossiers.act("chuyenvien.binhan", proposedRefusal, "propose", "{\"summary\": \"Không đủ điều kiện\", \"refusal\": true}");
        JsonNode refusedAfterApproval = dossiers.act("lanhdao.binhan", proposedRefusal, "approve", "{}");
        assertThat(refusedAfterApproval.get("status").asString()).isEqualTo("REFUSED");
        assertThat(refusedAfterApproval.get("timeliness").asString()).isEqualTo("EARLY");

        String stopped = dossiers.receiveAtCounter("TT-01").get("code").asString();
        assertThat(dossiers.act("lanhdao.binhan", stopped, "stop", "{\"reason\": \"Người dân đề nghị dừng\"}").get("status").asString())
                .isEqualTo("STOPPED");

        String withdrawn = dossiers.submit("congdan", "TT-01", "H40.01", "ONLINE", DossierClient.CITIZEN_ID).get("code").asString();
        JsonNode gone = dossiers.act("congdan", withdrawn, "withdraw", "{\"reason\": \"Nộp nhầm\"}");
        assertThat(gone.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(gone.get("portalStatus").asInt()).isEqualTo(7);
        assertThat(inbox("motcua.binhan")).doesNotContain(withdrawn);
    }

    @Test
    void theCitizenRatesTheServiceAfterTheResult() {
        String code = dossiers.submit("congdan", "HN-01", "H40.01", "ONLINE", DossierClient.CITIZEN_ID).get("code").asString();
        assertThat(dossiers.tryAct("congdan", code, "rate", "{\"score\": 5}").status()).isEqualTo(409);
        dossiers.act("motcua.binhan", code, "accept", "{}");
        dossiers.processToDone(code);
        dossiers.act("motcua.binhan", code, "return-result", "{\"channel\": \"ONLINE\"}");
        assertThat(dossiers.tryAct("congdan", code, "rate", "{\"score\": 9}").json().get("field").asString()).isEqualTo("score");
        assertThat(dossiers.act("congdan", code, "rate", "{\"score\": 5, \"comment\": \"Nhanh, chu đáo\"}").get("rating").asInt())
                .isEqualTo(5);
    }

    private List<String> inbox(String user) {
        Api.Response response = api.get("/api/v1/inbox?limit=500", user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> refs = new ArrayList<>();
        response.json().forEach(item -> refs.add(item.get("ref").asString()));
        return refs;
    }
}
