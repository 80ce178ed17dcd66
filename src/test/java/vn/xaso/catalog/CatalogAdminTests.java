package vn.xaso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.XasoTest;

/** Administrators publish procedure versions and give a unit its own workflow; dossiers keep what they started with. */
@XasoTest
class CatalogAdminTests {

    private static final String PROCEDURE = """
            {"code": "%s", "name": "Cấp bản sao trích lục hộ tịch", "field": "Hộ tịch", "level": "COMMUNE",
             "processingTime": {"workingDays": %s}, "fee": 8000, "fullyOnline": true, "channels": ["COUNTER", "ONLINE"],
             "resultName": "Bản sao trích lục hộ tịch",
             "components": [{"name": "Tờ khai cấp bản sao trích lục", "copyType": "ORIGINAL", "quantity": 1, "required": true}]}""";

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void publishingMakesVersionsAndDossiersKeepTheirs() {
        assertThat(api.post("/api/v1/procedures", "motcua.binhan", PROCEDURE.formatted("TL-01", 1)).status()).isEqualTo(403);
        Api.Response created = api.post("/api/v1/procedures", "admin", PROCEDURE.formatted("TL-01", 1));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        assertThat(api.post("/api/v1/procedures", "admin", PROCEDURE.formatted("TL-01", 1)).status()).isEqualTo(409);

        String code = submit("motcua.binhan", "TL-01", "H40.01");
        JsonNode second = api.put("/api/v1/procedures/TL-01", "admin", PROCEDURE.formatted("TL-01", 2)).json();
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/procedures/TL-01", "motcua.binhan").json().get("processingTime").get("workingDays").asInt())
                .isEqualTo(2);
        assertThat(api.get("/api/v1/dossiers/" + code, "motcua.binhan").json().get("procedureVersion").asInt())
                .as("received under version 1").isEqualTo(1);
    }

    @Test
    void badProceduresAreNamed() {
        assertField(api.post("/api/v1/procedures", "admin", PROCEDURE.formatted("TL-02", 0)), "processingTime");
        assertField(api.post("/api/v1/procedures", "admin", """
                {"code": "TL-03", "name": "X", "field": "Y", "level": "COMMUNE", "processingTime": {"sameDay": true},
                 "channels": ["COUNTER"], "resultName": "Z", "components": []}"""), "components");
    }

    @Test
    void aUnitFollowsItsOwnWorkflowAndCanGoBackToTheProvincesDefault() {
        JsonNode inherited = api.get("/api/v1/procedures/TT-01/workflow?unit=H40.02", "lanhdao.thientruong").json();
        assertThat(inherited.get("definedBy").asString()).isEqualTo("H40");
        String before = submit("motcua.thientruong", "TT-01", "H40.02");

        List<String> steps = List.of(
                "{\"key\": \"receive\", \"kind\": \"RECEIVE\", \"name\": \"Tiếp nhận\", \"role\": \"COUNTER\", \"budgetPercent\": 0}",
                "{\"key\": \"assign\", \"kind\": \"ASSIGN\", \"name\": \"Phân công\", \"role\": \"LEADER\", \"budgetPercent\": 10}",
                "{\"key\": \"process\", \"kind\": \"PROCESS\", \"name\": \"Thẩm định\", \"role\": \"SPECIALIST\", \"budgetPercent\": 60}",
                "{\"key\": \"review\", \"kind\": \"APPROVE\", \"name\": \"Phó Chủ tịch xem xét\", \"role\": \"LEADER\", \"budgetPercent\": 10,"
                        + " \"guidance\": \"Xem xét trước khi trình Chủ tịch.\"}",
                "{\"key\": \"approve\", \"kind\": \"APPROVE\", \"name\": \"Phê duyệt\", \"role\": \"LEADER\", \"budgetPercent\": 20}",
                "{\"key\": \"return\", \"kind\": \"RETURN\", \"name\": \"Trả kết quả\", \"role\": \"COUNTER\", \"budgetPercent\": 0}");
        assertThat(api.put("/api/v1/procedures/TT-01/workflow?unit=H40.02", "lanhdao.thientruong", "[" + String.join(",", steps) + "]")
                .status()).as("a leader is not an administrator").isEqualTo(403);
        Api.Response defined = api.put("/api/v1/procedures/TT-01/workflow?unit=H40.02", "admin", "[" + String.join(",", steps) + "]");
        assertThat(defined.status()).as(defined.body()).isEqualTo(200);
        assertThat(defined.json().get("definedBy").asString()).isEqualTo("H40.02");
        assertThat(api.get("/api/v1/procedures/TT-01/workflow?unit=H40.01", "admin").json().get("definedBy").asString())
                .as("other units keep the province's").isEqualTo("H40");

        String after = submit("motcua.thientruong", "TT-01", "H40.02");
        act(after, "lanhdao.thientruong", "assign", "{\"assignee\": \"chuyenvien.thientruong\"}");
        JsonNode proposed = act(after, "chuyenvien.thientruong", "propose", "{\"summary\": \"Đủ điều kiện\"}");
        assertThat(proposed.get("currentTask").get("step").asString()).isEqualTo("review");
        assertThat(act(after, "lanhdao.thientruong", "approve", "{}").get("currentTask").get("step").asString()).isEqualTo("approve");
        assertThat(act(after, "lanhdao.thientruong", "approve", "{}").get("status").asString()).isEqualTo("DONE");

        act(before, "lanhdao.thientruong", "assign", "{\"assignee\": \"chuyenvien.thientruong\"}");
        assertThat(act(before, "chuyenvien.thientruong", "propose", "{\"summary\": \"Đủ điều kiện\"}").get("currentTask")
                .get("step").asString()).as("received before the change: the old steps").isEqualTo("approve");

        assertThat(api.delete("/api/v1/procedures/TT-01/workflow?unit=H40.02", "admin").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/procedures/TT-01/workflow?unit=H40.02", "admin").json().get("definedBy").asString())
                .isEqualTo("H40");
    }

    @Test
    void aWorkflowMustReceiveFirstAndReturnLast() {
        assertField(api.put("/api/v1/procedures/TT-01/workflow?unit=H40.03", "admin", """
                [{"key": "process", "kind": "PROCESS", "name": "Xử lý", "role": "SPECIALIST", "budgetPercent": 100}]"""), "steps");
        assertField(api.put("/api/v1/procedures/TT-01/workflow?unit=H40.03", "admin", """
                [{"key": "receive", "kind": "RECEIVE", "name": "Nhận", "role": "COUNTER", "budgetPercent": 0},
                 {"key": "process", "kind": "PROCESS", "name": "Xử lý", "role": "SPECIALIST", "budgetPercent": 80,
                  "defaultAssignee": "motcua.binhan"},
                 {"key": "approve", "kind": "APPROVE", "name": "Duyệt", "role": "LEADER", "budgetPercent": 20},
                 {"key": "return", "kind": "RETURN", "name": "Trả", "role": "COUNTER", "budgetPercent": 0}]"""), "steps");
    }

    private String submit(String counter, String procedure, String unit) {
        Api.Response response = api.post("/api/v1/dossiers", counter, """
                {"procedureCode": "%s", "unitCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Vũ Văn Nam", "idNumber": "037199003333"}}""".formatted(procedure, unit));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("code").asString();
    }

    private JsonNode act(String code, String user, String action, String body) {
        Api.Response response = api.post("/api/v1/dossiers/" + code + "/actions/" + action, user, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).startsWith(field);
    }
}
