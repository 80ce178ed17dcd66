package vn.xaso.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.Api;
import vn.xaso.XasoTest;

/** Bad input is answered with an RFC 9457 problem naming the field; never a 500 or a stack trace. */
@XasoTest
class ProblemDetailsTests {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void malformedJsonIs400() {
        Api.Response response = api.post("/api/v1/officials", "admin", "{\"username\": ");
        assertProblem(response, 400);
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void anUnknownFieldIsNamed() {
        Api.Response response = api.post("/api/v1/units", "admin", """
                {"code": "H40.Z1", "name": "Xã Z", "type": "COMMUNE", "parentCode": "H40", "validFrom": "2025-07-01", "mayor": "x"}""");
        assertProblem(response, 400);
        assertThat(response.json().get("field").asString()).isEqualTo("mayor");
        assertThat(response.json().get("detail").asString()).contains("mayor");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        Api.Response response = api.post("/api/v1/units", "admin", """
                {"code": "H40.Z2", "name": "Xã Z", "type": "COMMUNE", "parentCode": "H40", "validFrom": "first of July"}""");
        assertProblem(response, 400);
        assertThat(response.json().get("field").asString()).isEqualTo("validFrom");
    }

    @Test
    void aMissingFieldIsNamed() {
        Api.Response response = api.post("/api/v1/officials", "admin", """
                {"username": "thieu.ten", "unitCode": "H40.01", "roles": ["COUNTER"], "password": "12345678"}""");
        assertProblem(response, 400);
        assertThat(response.json().get("field").asString()).isEqualTo("fullName");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("fullName");
    }

    @Test
    void limitsOutOfBoundsAreNamed() {
        assertThat(api.get("/api/v1/units?limit=0", "admin").json().get("field").asString()).isEqualTo("limit");
        assertThat(api.get("/api/v1/units?limit=501", "admin").json().get("field").asString()).isEqualTo("limit");
        Api.Response notANumber = api.get("/api/v1/units?limit=abc", "admin");
        assertProblem(notANumber, 400);
        assertThat(notANumber.json().get("field").asString()).isEqualTo("limit");
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        assertProblem(api.get("/api/v1/no-such-thing", "admin"), 404);
        assertProblem(api.put("/api/v1/me", "admin", "{}"), 405);
    }

    @Test
    void forbiddenIs403Problem() {
        assertProblem(api.post("/api/v1/units", "motcua.binhan", "{}"), 403);
    }

    @Test
    void aRefusalCarriesItsCodeAndTheTextInTheCallersLanguage() {
        String body = """
                {"code": "H40.01", "name": "Xã trùng", "type": "COMMUNE", "parentCode": "H40", "validFrom": "2025-07-01"}""";
        Api.Response vietnamese = api.post("/api/v1/units", "admin", body);
        Api.Response english = api.inLanguage("en").post("/api/v1/units", "admin", body);

        assertProblem(vietnamese, 409);
        assertThat(vietnamese.json().get("code").asString()).isEqualTo("organization.unit.exists");
        assertThat(vietnamese.json().get("detail").asString()).isEqualTo("Đã có đơn vị mã H40.01.");
        assertThat(vietnamese.json().get("title").asString()).isEqualTo("Chưa thực hiện được");
        assertThat(english.json().get("code").asString()).isEqualTo("organization.unit.exists");
        assertThat(english.json().get("detail").asString()).isEqualTo("A unit with code H40.01 already exists.");
    }

    @Test
    void aRefusalNamingAStateSaysTheStateInTheCallersLanguage() {
        String code = api.post("/api/v1/dossiers", "congdan", """
                {"procedureCode": "TT-01", "unitCode": "H40.01", "channel": "ONLINE",
                 "applicant": {"fullName": "Trần Văn Bình", "idNumber": "037095000001", "phone": "0912 345 678",
                               "address": "Thôn Trung Lương, xã Bình An"}}""").json().get("code").asString();
        String approve = "/api/v1/dossiers/" + code + "/actions/approve";

        assertThat(api.post(approve, "lanhdao.binhan", "{}").json().get("detail").asString())
                .isEqualTo("Không thể «Phê duyệt kết quả» khi hồ sơ đang ở trạng thái «Chờ tiếp nhận».");
        assertThat(api.inLanguage("en").post(approve, "lanhdao.binhan", "{}").json().get("detail").asString())
                .isEqualTo("Cannot do «Approve the result» while the dossier is «Waiting to be received».");
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
    }
}
