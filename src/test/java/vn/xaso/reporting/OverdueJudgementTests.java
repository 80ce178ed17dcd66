package vn.xaso.reporting;

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
 * Overdue as an auditor judges it: from the legal clock as it stood at the moment judged. A dossier past due when its
 * clock stops for a supplement stays overdue while it waits; a period already reported does not change when a pause,
 * or a second supplement request, comes after its end.
 */
@XasoTest
class OverdueJudgementTests {

    private static final String UNIT = "H40.62";

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    Api api;
    String counter;
    String leader;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        counter = official("motcua");
        leader = official("lanhdao");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Before the fix, asking the applicant for a paper took an overdue dossier off the overdue lists while it waited. */
    @Test
    void anOverdueDossierStaysOverdueWhileItWaitsForASupplement() {
        clock.set("2029-05-07T08:00");
        String code = receive("TT-01");
        clock.set("2029-05-21T09:00");
        assertThat(overdueNow()).as("past its 3 working days").contains(code);

        act(counter, code, "request-supplement", "{\"reason\": \"Thiếu giấy tờ\", \"missing\": [\"Tờ khai\"]}");

        assertThat(overdueNow()).as("still overdue while it waits: it was overdue when its clock stopped").contains(code);
        JsonNode may = api.get("/api/v1/reports/form-06?unit=" + UNIT + "&from=2029-05-01&to=2029-05-31", leader).json();
        assertThat(may.get("total").get("pending").get("overdue").asLong()).isEqualTo(1);
    }

    /** Before the fix, a pause or a second request after the period's end rewrote its pending cells. */
    @Test
    void aClosedPeriodDoesNotChangeWhenAPauseOrASecondRequestComesAfterItsEnd() {
        clock.set("2029-08-20T08:00");
        String overdueAtEnd = receive("TT-01");
        clock.set("2029-08-29T08:00");
        String withinAtEnd = receive("TT-01");
        String august = "/api/v1/reports/form-06?unit=" + UNIT + "&from=2029-08-01&to=2029-08-31";
        clock.set("2029-09-03T08:00");
        JsonNode reported = api.get(august, leader).json().get("total").get("pending");
        assertThat(reported.get("overdue").asLong()).isEqualTo(1);
        assertThat(reported.get("withinTime").asLong()).isEqualTo(1);

        // September: the overdue one waits for the applicant; the one within time is asked twice ("once only" broken)
        act(counter, overdueAtEnd, "request-supplement", "{\"reason\": \"Thiếu\", \"missing\": [\"Tờ khai\"]}");
        act(counter, withinAtEnd, "request-supplement", "{\"reason\": \"Thiếu\", \"missing\": [\"Tờ khai\"]}");
        act(counter, withinAtEnd, "supplement", "{}");
        act(counter, withinAtEnd, "request-supplement", "{\"reason\": \"Thiếu nữa\", \"missing\": [\"Tờ khai\"]}");

        JsonNode again = api.get(august, leader).json().get("total").get("pending");
        assertThat(again).as("August as reported in September, whatever came after").isEqualTo(reported);
        // and each dossier where it was: the overdue one still overdue, the other still within time
        vn.xaso.WebSession web = new vn.xaso.WebSession(port);
        web.login(leader, Api.PASSWORD);
        String overdueCell = web.get("/reports/dossiers?unit=" + UNIT + "&from=2029-08-01&to=2029-08-31&cell=overdue").body();
        assertThat(overdueCell).contains(overdueAtEnd).doesNotContain(withinAtEnd);
    }

    private java.util.List<String> overdueNow() {
        java.util.List<String> codes = new java.util.ArrayList<>();
        api.get("/api/v1/reports/overdue?unit=" + UNIT, leader).json().forEach(o -> codes.add(o.get("code").asString()));
        return codes;
    }

    private String receive(String procedure) {
        Api.Response response = api.post("/api/v1/dossiers", counter, """
                {"procedureCode": "%s", "unitCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Đỗ Văn Hạn", "idNumber": "037190006262"}}""".formatted(procedure, UNIT));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("code").asString();
    }

    private void act(String user, String code, String action, String body) {
        Api.Response response = api.post("/api/v1/dossiers/" + code + "/actions/" + action, user, body);
        assertThat(response.status()).as(action + " " + code + ": " + response.body()).isEqualTo(200);
    }

    private String official(String role) {
        return api.get("/api/v1/officials?unit=" + UNIT + "&q=" + role, "admin").json().get("items").get(0).get("username").asString();
    }
}
