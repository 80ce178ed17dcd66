package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The one-stop rules where an earlier reading of the law went wrong (supplements after receipt, stopping while
 * waiting, inter-agency work), each through the REST API at exact working times: received Monday 23/11/2026 08:00.
 */
@XasoTest
class DossierRulesTests {

    private static final String SUPPLEMENT = "{\"reason\": \"Thiếu giấy tờ\", \"missing\": [\"Tờ khai\"]}";

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
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
    void secondSupplementRequestAfterReceiptAtTheCounterMakesDossierLate() {
        String code = dossiers.receiveAtCounter("HN-01").get("code").asString();
        JsonNode first = dossiers.act("motcua.binhan", code, "request-supplement", SUPPLEMENT);
        assertThat(first.get("supplementCount").asInt()).as("received: the request counts").isEqualTo(1);
        dossiers.act("motcua.binhan", code, "supplement", "{}");
        JsonNode second = dossiers.act("motcua.binhan", code, "request-supplement", SUPPLEMENT);
        assertThat(second.get("supplementCount").asInt()).isEqualTo(2);
        dossiers.act("motcua.binhan", code, "supplement", "{}");
        assertThat(dossiers.processToDone(code).get("timeliness").asString()).isEqualTo("LATE");
    }

    @Test
    void incompleteDossierAtTheCounterIsNotReceivedButAskedToSupplement() {
        Api.Response response = api.post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "HN-01", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": "Trần Văn Bình", "idNumber": "037190004321"},
                 "components": [{"name": "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "provided": false}]}""");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode waiting = response.json();
        String code = waiting.get("code").asString();
        assertThat(waiting.get("status").asString()).isEqualTo("WAITING_SUPPLEMENT");
        assertThat(waiting.get("receivedAt").isNull()).as("not received, no appointment").isTrue();
        assertThat(waiting.get("dueAt").isNull()).isTrue();
        assertThat(waiting.get("supplementCount").asInt()).as("gaps found before receipt do not count").isZero();
        assertThat(waiting.get("missing").toString()).contains("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân");
        assertThat(api.get("/api/v1/dossiers/" + code + "/forms/01", "motcua.binhan").status()).isEqualTo(409);
        assertThat(api.get("/api/v1/dossiers/" + code + "/forms/02", "motcua.binhan").status()).isEqualTo(200);

        JsonNode supplemented = dossiers.act("motcua.binhan", code, "supplement",
                "{\"components\": [\"Tờ khai cấp Giấy xác nhận tình trạng hôn nhân\"]}");
        assertThat(supplemented.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(dossiers.act("motcua.binhan", code, "accept", "{}").get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void onlineDossierMissingARequiredComponentCannotBeAccepted() {
        Api.Response response = api.post("/api/v1/dossiers", "congdan", """
                {"procedureCode": "TT-01", "unitCode": "H40.01", "channel": "ONLINE",
                 "applicant": {"fullName": "Nguyễn Văn An", "idNumber": "%s"},
                 "components": ["Tờ khai thay đổi thông tin cư trú (Mẫu CT01)"]}""".formatted(DossierClient.CITIZEN_ID));
        String code = response.json().get("code").asString();
        Api.Response accept = dossiers.tryAct("motcua.binhan", code, "accept", "{}");
        assertThat(accept.status()).isEqualTo(409);
        assertThat(accept.json().get("code").asString()).isEqualTo("dossier.accept.incomplete");
        assertThat(accept.json().get("detail").asString()).contains("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp");
    }

    @Test
    void stoppedWhileWaitingForASupplementIsJudgedWithoutTheWaitingTime() {
        String code = dossiers.receiveAtCounter("HKD-01").get("code").asString();
        dossiers.act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        clock.set("2026-11-23T10:00");
        dossiers.act("chuyenvien.binhan", code, "request-supplement", SUPPLEMENT);
        clock.set("2026-11-27T10:00");
        JsonNode stopped = dossiers.act("lanhdao.binhan", code, "stop", "{\"reason\": \"Người dân không bổ sung\"}");
        assertThat(stopped.get("status").asString()).isEqualTo("STOPPED");
        assertThat(stopped.get("timeliness").asString()).as("due 26/11 08:00 plus four working days waiting")
                .isEqualTo("EARLY");
    }

    @Test
    void transferWithoutAUnitFollowsTheCatalogRouteAndBudget() {
        String code = dossiers.receiveAtCounter("DD-01").get("code").asString();
        dossiers.act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        JsonNode transferred = dossiers.act("chuyenvien.binhan", code, "transfer",
                "{\"reason\": \"Thuộc thẩm quyền Văn phòng đăng ký đất đai\"}");
        assertThat(transferred.get("status").asString()).isEqualTo("TRANSFERRED");
        assertThat(transferred.get("currentTask").get("unitCode").asString()).isEqualTo("H40");
        assertThat(transferred.get("currentTask").get("dueAt").asString()).as("7 working days")
                .isEqualTo("2026-12-02T08:00:00+07:00");
    }

    @Test
    void transferBudgetBeyondTheTimeLeftIsRefused() {
        String code = dossiers.receiveAtCounter("DD-01").get("code").asString();
        dossiers.act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        Api.Response tooLong = dossiers.tryAct("chuyenvien.binhan", code, "transfer",
                "{\"toUnit\": \"H40\", \"workingDays\": 11, \"reason\": \"Liên thông\"}");
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.json().get("field").asString()).isEqualTo("workingDays");
    }

    @Test
    void theUnitTransferredToRequestsASupplementThenSendsBackLikeTheOwner() {
        String code = transferToProvince();
        assertThat(actions("lanhdao.tinh", code)).contains("approve", "request-supplement", "refuse", "send-back", "stop");

        JsonNode waiting = dossiers.act("lanhdao.tinh", code, "request-supplement", SUPPLEMENT);
        assertThat(waiting.get("status").asString()).isEqualTo("WAITING_SUPPLEMENT");
        assertThat(waiting.get("supplementCount").asInt()).isEqualTo(1);
        clock.set("2026-11-24T08:00");
        JsonNode back = dossiers.act("motcua.binhan", code, "supplement", "{}");
        assertThat(back.get("status").asString()).isEqualTo("TRANSFERRED");
        assertThat(back.get("currentTask").get("unitCode").asString()).isEqualTo("H40");
        assertThat(back.get("currentTask").get("dueAt").asString()).as("the province's budget moves by the day waited")
                .isEqualTo("2026-12-03T08:00:00+07:00");

        JsonNode sentBack = dossiers.act("lanhdao.tinh", code, "send-back", "{\"reason\": \"Thuộc thẩm quyền của xã\"}");
        assertThat(sentBack.get("status").asString()).isEqualTo("PROCESSING");
        assertThat(sentBack.get("currentTask").get("unitCode").asString()).isEqualTo("H40.01");
        assertThat(sentBack.get("currentTask").get("assignee").asString()).isEqualTo("chuyenvien.binhan");
        assertThat(api.get("/api/v1/dossiers/" + code, "lanhdao.tinh").status()).as("no longer the province's").isEqualTo(404);
    }

    @Test
    void theUnitTransferredToRefusesOrStops() {
        String refused = transferToProvince();
        assertThat(dossiers.act("lanhdao.tinh", refused, "refuse", "{\"reason\": \"Đất đang tranh chấp\"}")
                .get("status").asString()).isEqualTo("REFUSED");
        String stopped = transferToProvince();
        assertThat(dossiers.act("lanhdao.tinh", stopped, "stop", "{\"reason\": \"Người dân rút hồ sơ\"}")
                .get("status").asString()).isEqualTo("STOPPED");
    }

    private String transferToProvince() {
        String code = dossiers.receiveAtCounter("DD-01").get("code").asString();
        dossiers.act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        dossiers.act("chuyenvien.binhan", code, "transfer", "{\"toUnit\": \"H40\", \"workingDays\": 7, \"reason\": \"Liên thông\"}");
        return code;
    }

    private String actions(String user, String code) {
        return api.get("/api/v1/dossiers/" + code + "/actions", user).body();
    }

    @Test
    void approvingWithACertificateNoLongerValidIsRefusedClearlyAndChangesNothing() {
        clock.set("2040-06-04T08:00");
        String code = dossiers.receiveAtCounter("HN-01").get("code").asString();
        dossiers.act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        dossiers.act("chuyenvien.binhan", code, "propose", "{\"summary\": \"Đủ điều kiện\"}");
        Api.Response approve = dossiers.tryAct("lanhdao.binhan", code, "approve", "{}");
        assertThat(approve.status()).as(approve.body()).isEqualTo(409);
        assertThat(approve.json().get("code").asString()).isEqualTo("signing.certificate.not-valid");
        assertThat(dossiers.get("lanhdao.binhan", code).get("status").asString()).isEqualTo("PROCESSING");
    }
}
