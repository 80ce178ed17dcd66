package vn.xaso.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.XasoTest;
import vn.xaso.api.Unavailable;
import vn.xaso.dossier.ApplicantVerification;

/**
 * The population database through the demo's simulator, over real HTTP: the counter's lookup, the check of every
 * dossier's applicant, and the counter going on while the database is down — the dossier received as usual, "not
 * checked yet", and checked when the database is back.
 */
@XasoTest
class PopulationLinkTests {

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Autowired
    ApplicantVerification verification;
    @Autowired
    Links links;
    @Autowired
    JdbcTemplate jdbc;
    Api api;
    SimulatorControl simulator;
    JsonNode citizens;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(port);
        simulator = new SimulatorControl(environment);
        citizens = api.json(simulator.get("/__citizens?limit=100").body());
    }

    @AfterEach
    void databaseUp() throws Exception {
        fault("up");
        links.find("population").orElseThrow().reset();
    }

    @Test
    void theCounterLooksACitizenUp() {
        Api.Response found = api.get("/api/v1/citizens/037095000001", "motcua.binhan");

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonNode citizen = found.json();
        assertThat(citizen.get("fullName").asString()).isEqualTo("Phạm Minh Đức");
        assertThat(citizen.get("birthDate").asString()).isEqualTo("1995-03-12");
        assertThat(citizen.get("gender").asString()).isEqualTo("MALE");
        assertThat(citizen.get("permanentAddress").asString()).contains("Bình An");
        assertThat(citizen.get("source").asString()).isEqualTo("CSDLQGDC");
        assertThat(citizen.get("verifiedAt").asString()).endsWith("+07:00");
        String code = api.post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "HN-01", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": "Phạm Minh Đức", "idNumber": "037095000001"}}""").json().get("code").asString();
        assertThat(api.get("/api/v1/citizens/037095000001?dossier=" + code, "chuyenvien.binhan").status())
                .as("a specialist, for a dossier of theirs").isEqualTo(200);
        Api.Response noPurpose = api.get("/api/v1/citizens/037095000001", "chuyenvien.binhan");
        assertThat(noPurpose.status()).as("a specialist has no intake").isEqualTo(400);
        assertThat(noPurpose.json().get("field").asString()).isEqualTo("dossier");
        assertThat(api.get("/api/v1/citizens/037095000001?dossier=" + code, "chuyenvien.thientruong").status())
                .as("another unit's dossier").isEqualTo(404);
        assertThat(jdbc.queryForList("select purpose from citizen_lookup where username = 'chuyenvien.binhan' and id_number = ?",
                String.class, "037095000001")).contains(code);
    }

    /**
     * The population database cannot be harvested: an official's lookups are limited (30 in 10 minutes), every one is
     * recorded with its purpose, and the administrators see who was stopped; a citizen cannot look anyone up.
     */
    @Test
    void lookupsAreLimitedPerOfficialRecordedWithTheirPurposeAndShownWhenUnusual() {
        String counter = "motcua.tracuu" + System.nanoTime() % 100_000;
        assertThat(api.post("/api/v1/officials", "admin", """
                {"username": "%s", "fullName": "Cán Bộ Tra Cứu", "unitCode": "H40.03", "title": "Cán bộ một cửa",
                 "roles": ["COUNTER"], "password": "mat-khau-1"}""".formatted(counter)).status()).isEqualTo(201);
        for (int i = 0; i < 30; i++) {
            String id = String.format("0371900%05d", i);
            assertThat(api.get("/api/v1/citizens/" + id, counter, "mat-khau-1").status()).as("lookup " + (i + 1)).isIn(200, 404);
        }
        Api.Response stopped = api.get("/api/v1/citizens/037095000001", counter, "mat-khau-1");
        assertThat(stopped.status()).isEqualTo(429);
        assertThat(stopped.json().get("code").asString()).isEqualTo("integration.population.too-many");
        assertThat(stopped.headers().firstValue("Retry-After")).isPresent();

        assertThat(jdbc.queryForList("select purpose || ' ' || outcome from citizen_lookup where username = ? order by id",
                String.class, counter)).hasSize(31).startsWith("INTAKE UNKNOWN").endsWith("INTAKE REFUSED");
        JsonNode unusual = api.get("/api/v1/integration/population/unusual", "admin").json();
        assertThat(unusual.toString()).contains(counter);
        assertThat(api.get("/api/v1/integration/population/unusual", "motcua.binhan").status()).isEqualTo(403);

        vn.xaso.WebSession citizen = new vn.xaso.WebSession(port);
        citizen.login("congdan", "demo");
        assertThat(citizen.get("/dossiers/applicant?idNumber=037095000002").statusCode()).as("a citizen's lookup").isEqualTo(403);
    }

    @Test
    void unknownMalformedAndForbiddenLookupsAreRefusedClearly() {
        Api.Response unknown = api.get("/api/v1/citizens/037999999999", "motcua.binhan");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();

        Api.Response malformed = api.get("/api/v1/citizens/12345", "motcua.binhan");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("idNumber");

        assertThat(api.get("/api/v1/citizens/037095000001", "lanhdao.binhan").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/citizens/037095000001", "theodoi").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/citizens/037095000001", "congdan").status()).isEqualTo(403);
    }

    @Test
    void whenTheDatabaseIsDownTheLookupSaysSoWithA503() throws Exception {
        fault("down");

        Api.Response down = api.get("/api/v1/citizens/" + citizen(10).get("soDinhDanh").asString(), "motcua.binhan");

        assertThat(down.status()).isEqualTo(503);
        assertThat(down.isProblem()).isTrue();
        assertThat(down.json().get("code").asString()).isEqualTo("integration.population.unavailable");
    }

    @Test
    void everyDossiersApplicantIsCheckedAfterReceipt() {
        JsonNode same = citizen(20);
        JsonNode other = citizen(21);
        String matching = receive(same.get("hoVaTen").asString(), same.get("soDinhDanh").asString());
        String differing = receive("Người Khác Tên", other.get("soDinhDanh").asString());
        String unknown = receive("Người Không Có", "037999999998");

        await().atMost(Duration.ofSeconds(10)).until(() -> !applicant(matching).get("verified").isNull()
                && !applicant(differing).get("verified").isNull() && !applicant(unknown).get("verified").isNull());
        assertThat(applicant(matching).get("verified").asBoolean()).isTrue();
        assertThat(applicant(matching).get("differences")).isEmpty();
        assertThat(applicant(differing).get("verified").asBoolean()).isFalse();
        assertThat(applicant(differing).get("differences").get(0).asString()).isEqualTo("fullName");
        assertThat(applicant(unknown).get("verified").asBoolean()).isFalse();
        assertThat(applicant(unknown).get("differences").get(0).asString()).isEqualTo("idNumber");
        await("each check is in the audit trail").atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'dossier.check-applicant' and subject_id in (?, ?, ?)",
                Long.class, matching, differing, unknown) == 3);
    }

    @Test
    void whileTheDatabaseIsDownDossiersAreReceivedAsUsualAndCheckedWhenItIsBack() throws Exception {
        fault("down");
        JsonNode person = citizen(30);
        String code = receive(person.get("hoVaTen").asString(), person.get("soDinhDanh").asString());

        assertThat(api.get("/api/v1/dossiers/" + code, "motcua.binhan").json().get("status").asString()).isEqualTo("RECEIVED");
        assertThatThrownBy(() -> verification.check(code)).isInstanceOf(Unavailable.class);
        assertThat(applicant(code).get("verified").isNull()).as("not checked yet").isTrue();

        fault("up");
        links.find("population").orElseThrow().reset();
        verification.recheck();

        assertThat(applicant(code).get("verified").asBoolean()).isTrue();
    }

    @Test
    void administratorsAndMonitorsSeeTheLinks() throws Exception {
        fault("error");
        api.get("/api/v1/citizens/" + citizen(40).get("soDinhDanh").asString(), "motcua.binhan");

        Api.Response links = api.get("/api/v1/integration/links", "admin");
        assertThat(links.status()).isEqualTo(200);
        JsonNode population = null;
        for (JsonNode link : links.json()) {
            if (link.get("name").asString().equals("population")) {
                population = link;
            }
        }
        assertThat(population).isNotNull();
        assertThat(population.get("state").asString()).isIn("DEGRADED", "DOWN");
        assertThat(population.get("lastError").asString()).isEqualTo("HTTP 500");
        assertThat(population.get("circuit").asString()).isNotBlank();
        assertThat(population.has("pending")).isTrue();
        assertThat(api.get("/api/v1/integration/links", "theodoi").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/integration/links", "motcua.binhan").status()).isEqualTo(403);
    }

    private JsonNode citizen(int index) {
        return citizens.get(index);
    }

    private String receive(String name, String idNumber) {
        Api.Response response = api.post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "HN-01", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": "%s", "idNumber": "%s"}}""".formatted(name, idNumber));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("code").asString();
    }

    private JsonNode applicant(String code) {
        return api.get("/api/v1/dossiers/" + code, "motcua.binhan").json().get("applicant");
    }

    private void fault(String mode) throws Exception {
        simulator.fault("population", mode);
    }
}
