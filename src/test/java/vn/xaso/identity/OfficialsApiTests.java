package vn.xaso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/** {@code /api/v1/me} and {@code /api/v1/officials}: who sees whom, who changes what, and moving between units. */
@XasoTest
class OfficialsApiTests {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void meTellsWhoTheCallerIs() {
        JsonNode me = api.get("/api/v1/me", "lanhdao.binhan").json();
        assertThat(me.get("username").asString()).isEqualTo("lanhdao.binhan");
        assertThat(me.get("unitCode").asString()).isEqualTo("H40.01");
        assertThat(me.get("roles").get(0).asString()).isEqualTo("LEADER");
        assertThat(me.get("fullName").asString()).isNotBlank();

        JsonNode citizen = api.get("/api/v1/me", "congdan").json();
        assertThat(citizen.get("roles").get(0).asString()).isEqualTo("CITIZEN");
        assertThat(citizen.get("idNumber").asString()).isEqualTo("037095000001");
    }

    @Test
    void withoutCredentialsTheApiAnswers401() {
        Api.Response response = api.get("/api/v1/me", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void anOfficialSeesOnlyTheirOwnUnit() {
        assertThat(api.get("/api/v1/officials/chuyenvien.binhan", "motcua.binhan").status()).isEqualTo(200);
        Api.Response other = api.get("/api/v1/officials/chuyenvien.thientruong", "motcua.binhan");
        assertThat(other.status()).as("another commune's official does not exist for them").isEqualTo(404);
        assertThat(other.body()).doesNotContain("Thiên Trường");
        assertThat(api.get("/api/v1/officials?unit=H40.02", "motcua.binhan").status()).isEqualTo(403);

        JsonNode colleagues = api.get("/api/v1/officials", "motcua.binhan").json().get("items");
        assertThat(colleagues).isNotEmpty();
        colleagues.forEach(official -> assertThat(official.get("unitCode").asString()).isEqualTo("H40.01"));
    }

    @Test
    void theMonitorReadsEveryUnitButChangesNothing() {
        assertThat(api.get("/api/v1/officials/chuyenvien.thientruong", "theodoi").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/officials?unit=H40.02", "theodoi").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/officials/chuyenvien.thientruong", "theodoi", "{\"title\": \"x\"}").status()).isEqualTo(403);
    }

    @Test
    void onlyAdministratorsRegisterOfficials() {
        String body = """
                {"username": "moi.binhan", "fullName": "Lê Mới", "unitCode": "H40.01", "roles": ["COUNTER"], "password": "12345678"}""";
        assertThat(api.post("/api/v1/officials", "lanhdao.binhan", body).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/officials", "congdan").status()).isEqualTo(403);
    }

    @Test
    void registrationChecksItsInput() {
        Api.Response unknownUnit = api.post("/api/v1/officials", "admin", """
                {"username": "sai.donvi", "fullName": "Lê Sai", "unitCode": "H40.999", "roles": ["COUNTER"], "password": "12345678"}""");
        assertThat(unknownUnit.status()).isEqualTo(400);
        assertThat(unknownUnit.json().get("field").asString()).isEqualTo("unitCode");

        Api.Response noPassword = api.post("/api/v1/officials", "admin", """
                {"username": "thieu.matkhau", "fullName": "Lê Thiếu", "unitCode": "H40.01", "roles": ["COUNTER"]}""");
        assertThat(noPassword.status()).isEqualTo(400);
        assertThat(noPassword.json().get("field").asString()).isEqualTo("password");

        Api.Response badRole = api.post("/api/v1/officials", "admin", """
                {"username": "sai.vaitro", "fullName": "Lê Sai", "unitCode": "H40.01", "roles": ["BOSS"], "password": "12345678"}""");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.json().get("field").asString()).startsWith("roles");

        Api.Response taken = api.post("/api/v1/officials", "admin", """
                {"username": "motcua.binhan", "fullName": "Trùng", "unitCode": "H40.01", "roles": ["COUNTER"], "password": "12345678"}""");
        assertThat(taken.status()).isEqualTo(409);
    }

    @Test
    void aNewOfficialCanLogInWithTheirPassword() {
        String user = TestOfficials.register(api, "moi", "H40.02", "SPECIALIST");
        JsonNode me = api.get("/api/v1/me", user, TestOfficials.PASSWORD).json();
        assertThat(me.get("unitCode").asString()).isEqualTo("H40.02");
        assertThat(me.get("roles").get(0).asString()).isEqualTo("SPECIALIST");
    }

    @Test
    void movingAnOfficialEndsTheirAccessToTheOldUnit() {
        String user = TestOfficials.register(api, "chuyen", "H40.01", "SPECIALIST");
        WebSession browser = new WebSession(port);
        browser.login(user, TestOfficials.PASSWORD);
        assertThat(browser.get("/my-unit").body()).contains("Xã Bình An");
        assertThat(api.get("/api/v1/officials/motcua.binhan", user, TestOfficials.PASSWORD).status()).isEqualTo(200);

        Api.Response moved = api.put("/api/v1/officials/" + user, "admin", "{\"unitCode\": \"H40.02\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("unitCode").asString()).isEqualTo("H40.02");

        assertThat(api.get("/api/v1/officials/motcua.binhan", user, TestOfficials.PASSWORD).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/officials?unit=H40.01", user, TestOfficials.PASSWORD).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/me", user, TestOfficials.PASSWORD).json().get("unitCode").asString()).isEqualTo("H40.02");
        assertThat(browser.get("/my-unit").headers().firstValue("Location"))
                .as("the web session opened in the old unit has ended")
                .hasValueSatisfying(location -> assertThat(location).contains("/login"));
    }

    @Test
    void aDeactivatedOfficialCannotLogIn() {
        String user = TestOfficials.register(api, "nghi", "H40.01", "CLERK");
        assertThat(api.put("/api/v1/officials/" + user, "admin", "{\"active\": false}").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", user, TestOfficials.PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void aStaleVersionLosesInsteadOfOverwriting() {
        String user = TestOfficials.register(api, "phienban", "H40.01", "CLERK");
        assertThat(api.put("/api/v1/officials/" + user, "admin", "{\"title\": \"A\", \"version\": 0}").status()).isEqualTo(200);
        Api.Response stale = api.put("/api/v1/officials/" + user, "admin", "{\"title\": \"B\", \"version\": 0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/officials/" + user, "admin").json().get("title").asString()).isEqualTo("A");
    }
}
