package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.XasoTest;

/** Who sees which dossier and who may act: 404 for other units, 403 for the wrong role, 409 for the wrong moment. */
@XasoTest
class DossierAccessTests {

    @LocalServerPort
    int port;
    Api api;
    DossierClient dossiers;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        dossiers = new DossierClient(api);
    }

    @Test
    void anotherCommuneSeesNothingOfTheDossier() {
        String code = dossiers.receiveAtCounter("HKD-01").get("code").asString();
        for (String path : new String[] {"", "/actions", "/history"}) {
            Api.Response response = api.get("/api/v1/dossiers/" + code + path, "motcua.thientruong");
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Trần Văn Bình");
        }
        assertThat(dossiers.tryAct("lanhdao.thientruong", code, "assign", "{}").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/dossiers?unit=H40.01", "motcua.thientruong").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/dossiers", "motcua.thientruong").json().get("items").toString()).doesNotContain(code);
        assertThat(api.get("/api/v1/dossiers?unit=H40.01&q=" + code, "theodoi").json().get("items").toString())
                .as("the province monitor reads every unit").contains(code);
    }

    @Test
    void aCitizenSeesOnlyTheirOwnDossiers() {
        String theirs = dossiers.submit("congdan", "TT-01", "H40.01", "ONLINE", DossierClient.CITIZEN_ID).get("code").asString();
        String someoneElses = dossiers.receiveAtCounter("TT-01").get("code").asString();
        assertThat(api.get("/api/v1/dossiers/" + theirs, "congdan").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/dossiers/" + someoneElses, "congdan").status()).isEqualTo(404);
        String mine = api.get("/api/v1/dossiers", "congdan").json().get("items").toString();
        assertThat(mine).contains(theirs).doesNotContain(someoneElses);
    }

    @Test
    void theWrongRoleIs403AndTheWrongMomentIs409() {
        String code = dossiers.receiveAtCounter("HKD-01").get("code").asString();
        assertThat(dossiers.tryAct("motcua.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}").status()).isEqualTo(403);
        assertThat(dossiers.tryAct("chuyenvien.binhan", code, "approve", "{}").status()).isEqualTo(403);
        assertThat(dossiers.tryAct("theodoi", code, "stop", "{\"reason\": \"x\"}").status()).as("monitors only read").isEqualTo(403);
        assertThat(dossiers.tryAct("lanhdao.binhan", code, "approve", "{}").status()).as("nothing proposed yet").isEqualTo(409);
        assertThat(dossiers.tryAct("motcua.binhan", code, "return-result", "{\"channel\": \"COUNTER\"}").status()).isEqualTo(409);
        assertThat(dossiers.tryAct("motcua.binhan", code, "accept", "{}").status()).as("already received").isEqualTo(409);
        Api.Response unknown = dossiers.tryAct("motcua.binhan", code, "teleport", "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }

    @Test
    void actionsListsWhatTheCallerMayDoNow() {
        String code = dossiers.receiveAtCounter("HKD-01").get("code").asString();
        assertThat(actions("lanhdao.binhan", code)).contains("assign", "stop", "extend").doesNotContain("approve", "propose");
        assertThat(actions("chuyenvien.binhan", code)).doesNotContain("propose");
        dossiers.act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        assertThat(actions("chuyenvien.binhan", code)).contains("propose", "request-supplement", "transfer");
        assertThat(actions("motcua.binhan", code)).doesNotContain("propose", "assign");
    }

    @Test
    void badInputIsNamed() {
        assertField(api.post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "NOPE-1", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": "A", "idNumber": "037190004321"}}"""), "procedureCode");
        assertField(api.post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "HKD-01", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": "A", "idNumber": "12345"}}"""), "applicant.idNumber");
        assertField(api.post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "CT-01", "unitCode": "H40.01", "channel": "ONLINE",
                 "applicant": {"fullName": "A", "idNumber": "037190004321"}}"""), "channel");
        assertField(api.post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "HKD-01", "unitCode": "H40.01", "channel": "BY_PIGEON",
                 "applicant": {"fullName": "A", "idNumber": "037190004321"}}"""), "channel");
        String code = dossiers.receiveAtCounter("HKD-01").get("code").asString();
        assertField(dossiers.tryAct("lanhdao.binhan", code, "assign", "{\"assignee\": \"motcua.binhan\"}"), "assignee");
        assertField(dossiers.tryAct("lanhdao.binhan", code, "stop", "{}"), "reason");
        assertThat(api.post("/api/v1/dossiers", "motcua.thientruong", """
                {"procedureCode": "HKD-01", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": "A", "idNumber": "037190004321"}}""").status())
                .as("a counter officer receives for their own unit only").isEqualTo(403);
    }

    /**
     * Guessing an applicant's ID number: after five wrong numbers for one code, that code answers nothing more to that
     * address for a while (429), even the right number; other people go on as usual.
     */
    @Test
    void publicTrackingCannotBeUsedToGuessIdNumbers() throws Exception {
        String code = dossiers.receiveAtCounter("TT-01").get("code").asString();
        for (int guess = 0; guess < 5; guess++) {
            assertThat(track("198.51.100.23", code, "03719000000" + guess).statusCode()).isEqualTo(404);
        }
        var stopped = track("198.51.100.23", code, "037190004321");
        assertThat(stopped.statusCode()).as("the right number too, from the guesser").isEqualTo(429);
        assertThat(stopped.headers().firstValue("Retry-After")).isPresent();
        assertThat(track("198.51.100.24", code, "037190004321").statusCode()).as("the applicant elsewhere").isEqualTo(200);
    }

    private java.net.http.HttpResponse<String> track(String from, String code, String idNumber) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://localhost:" + port + "/api/v1/public/dossiers/" + code + "?idNumber=" + idNumber))
                .header("X-Forwarded-For", from).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** A NUL character in a search is bad input (400 naming it), not a conflict. */
    @Test
    void aNulCharacterInAParameterIsBadInput() {
        Api.Response search = api.get("/api/v1/dossiers?q=ab%00cd", "motcua.binhan");
        assertThat(search.status()).isEqualTo(400);
        assertThat(search.json().get("field").asString()).isEqualTo("q");
        assertThat(search.json().get("code").asString()).isEqualTo("input.nul");
        assertThat(api.get("/api/v1/procedures?q=%00", "motcua.binhan").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/public/dossiers/" + "H40.01-000000-0000?idNumber=%00", null).status()).isEqualTo(400);
    }

    @Test
    void aCitizenReadsNoInternalWorkflow() {
        assertThat(api.get("/api/v1/procedures/KS-01/workflow", "congdan").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/procedures/KS-01/workflow", "motcua.binhan").status()).isEqualTo(200);
    }

    @Test
    void publicTrackingNeedsTheApplicantsIdNumberAndShowsNoNames() {
        String code = dossiers.receiveAtCounter("TT-01").get("code").asString();
        assertThat(api.get("/api/v1/public/dossiers/" + code, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/public/dossiers/" + code + "?idNumber=037190009999", null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/public/dossiers/H40.01-000000-0000?idNumber=037190004321", null).status()).isEqualTo(404);
        Api.Response tracked = api.get("/api/v1/public/dossiers/" + code + "?idNumber=037190004321", null);
        assertThat(tracked.status()).isEqualTo(200);
        JsonNode view = tracked.json();
        assertThat(view.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(view.get("dueAt").isNull()).isFalse();
        assertThat(tracked.body()).doesNotContain("Trần Văn Bình", "0912", "motcua");
    }

    @Test
    void listsFilterAndPageWithACursor() {
        String first = dossiers.receiveAtCounter("TT-01").get("code").asString();
        String second = dossiers.receiveAtCounter("TT-01").get("code").asString();
        JsonNode byCode = api.get("/api/v1/dossiers?unit=H40.01&q=" + second, "lanhdao.binhan").json();
        assertThat(byCode.get("items")).hasSize(1);
        assertThat(byCode.get("items").get(0).get("applicantName").asString()).isEqualTo("Trần Văn Bình");
        assertThat(byCode.get("items").get(0).get("status").asString()).isEqualTo("RECEIVED");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        JsonNode page1 = api.get("/api/v1/dossiers?unit=H40.01&status=RECEIVED&from=" + today + "&to=" + today + "&limit=1",
                "lanhdao.binhan").json();
        assertThat(page1.get("items")).hasSize(1);
        assertThat(page1.get("items").get(0).get("code").asString()).as("newest first").isEqualTo(second);
        JsonNode page2 = api.get("/api/v1/dossiers?unit=H40.01&status=RECEIVED&from=" + today + "&to=" + today
                + "&limit=1&cursor=" + page1.get("next").asString(), "lanhdao.binhan").json();
        assertThat(page2.get("items").get(0).get("code").asString()).isEqualTo(first);
        for (String q : new String[] {"Trần Văn Bình", "tran van binh", "VĂN BÌNH", "037190004321"}) {
            assertThat(api.get("/api/v1/dossiers?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8),
                    "lanhdao.binhan").json().get("items").toString()).as(q).contains(second);
        }
        assertThat(api.get("/api/v1/dossiers?q=" + second.substring(0, second.length() - 2).toLowerCase(), "lanhdao.binhan")
                .json().get("items").toString()).as("a code prefix").contains(second);
        assertThat(api.get("/api/v1/dossiers?q=Nguyen%20Thi%20Khong", "lanhdao.binhan").json().get("items")).isEmpty();
        assertThat(api.get("/api/v1/dossiers?status=SLEEPING", "lanhdao.binhan").json().get("field").asString()).isEqualTo("status");
        assertThat(api.get("/api/v1/dossiers?cursor=garbage", "lanhdao.binhan").json().get("field").asString()).isEqualTo("cursor");
    }

    @Test
    void theCatalogSearchesWithOrWithoutDiacritics() {
        assertThat(api.get("/api/v1/procedures?unit=H40.01&q=dang%20ky%20kinh%20doanh", "motcua.binhan").json()
                .get("items").get(0).get("code").asString()).isEqualTo("HKD-01");
        assertThat(api.get("/api/v1/public/procedures?q=h%E1%BB%99%20t%E1%BB%8Bch", null).json().get("items").toString())
                .as("field Hộ tịch").contains("KS-01", "HN-01").doesNotContain("HKD-01");
        JsonNode procedure = api.get("/api/v1/procedures/HKD-01", "motcua.binhan").json();
        assertThat(procedure.get("processingTime").get("workingDays").asInt()).isEqualTo(3);
        assertThat(procedure.get("fee").get("amount").asLong()).isEqualTo(100_000);
        assertThat(procedure.get("fee").get("kind").asString()).isEqualTo("LE_PHI");
        assertThat(procedure.get("components").get(0).get("required").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/procedures/KS-01", "motcua.binhan").json().get("processingTime").get("sameDay").asBoolean()).isTrue();
    }

    private java.util.List<String> actions(String user, String code) {
        java.util.List<String> actions = new java.util.ArrayList<>();
        api.get("/api/v1/dossiers/" + code + "/actions", user).json().forEach(a -> actions.add(a.asString()));
        return actions;
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }
}
