package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import vn.xaso.Api;

/** The dossier API as the tests drive it. */
final class DossierClient {

    static final String CITIZEN_ID = "037095000001";
    private final Api api;

    DossierClient(Api api) {
        this.api = api;
    }

    JsonNode submit(String user, String procedure, String unit, String channel, String idNumber) {
        Api.Response response = api.post("/api/v1/dossiers", user, """
                {"procedureCode": "%s", "unitCode": "%s", "channel": "%s",
                 "applicant": {"fullName": "Trần Văn Bình", "idNumber": "%s", "phone": "0912 345 678",
                               "address": "Thôn Trung Lương, xã Bình An"}}""".formatted(procedure, unit, channel, idNumber));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    JsonNode receiveAtCounter(String procedure) {
        return submit("motcua.binhan", procedure, "H40.01", "COUNTER", "037190004321");
    }

    JsonNode act(String user, String code, String action, String body) {
        Api.Response response = api.post("/api/v1/dossiers/" + code + "/actions/" + action, user, body);
        assertThat(response.status()).as(action + " by " + user + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    Api.Response tryAct(String user, String code, String action, String body) {
        return api.post("/api/v1/dossiers/" + code + "/actions/" + action, user, body);
    }

    JsonNode get(String user, String code) {
        Api.Response response = api.get("/api/v1/dossiers/" + code, user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** A KS-01 received at Bình An's counter, assigned and proposed: waiting for a leader's approval. */
    String proposed() {
        String code = receiveAtCounter("KS-01").get("code").asString();
        act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        act("chuyenvien.binhan", code, "propose", "{\"summary\": \"Đủ điều kiện.\"}");
        return code;
    }

    /** Counter → leader assigns → specialist proposes → leader approves: the result is ready. */
    JsonNode processToDone(String code) {
        act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        act("chuyenvien.binhan", code, "propose", "{\"summary\": \"Hồ sơ hợp lệ, đề nghị cấp.\"}");
        return act("lanhdao.binhan", code, "approve", "{\"comment\": \"Đồng ý\"}");
    }
}
