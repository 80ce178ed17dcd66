package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.XasoTest;
import vn.xaso.organization.Organization;

/**
 * Each paper's electronic copy: a component file may name the paper it copies; a dossier counts as digitised (Decision
 * 766 indicator 4.1) only when every paper handed in has its copy — one scanned paper of several is not enough.
 */
@XasoTest
class ComponentCopiesTests {

    private static final byte[] SCAN = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Test
    void aFileNamesThePaperItCopiesAndOnlyAWhollyCopiedDossierCountsAsDigitised() {
        Api api = new Api(port);
        DossierClient dossiers = new DossierClient(api);
        long before = digitisedToday(api);

        String partly = dossiers.receiveAtCounter("HKD-01").get("code").asString();
        List<String> papers = names(dossiers.get("motcua.binhan", partly).get("components"));
        assertThat(papers).as("a procedure of several papers").hasSizeGreaterThan(1);
        Api.Response copy = upload(api, "motcua.binhan", partly, "COMPONENT", papers.get(0).toUpperCase());
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        assertThat(copy.json().get("component").asString()).as("named as the dossier lists it").isEqualTo(papers.get(0));
        JsonNode listed = dossiers.get("motcua.binhan", partly);
        assertThat(listed.get("components").get(0).get("copyFileId").asString()).isEqualTo(copy.json().get("id").asString());
        assertThat(listed.get("components").get(1).get("copyFileId").isNull()).isTrue();

        Api.Response unknown = upload(api, "motcua.binhan", partly, "COMPONENT", "Giấy tờ không có trong hồ sơ");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asString()).isEqualTo("component");
        Api.Response result = upload(api, "chuyenvien.binhan", partly, "RESULT", papers.get(0));
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json().get("field").asString()).isEqualTo("component");

        String wholly = dossiers.receiveAtCounter("HKD-01").get("code").asString();
        for (String paper : papers) {
            assertThat(upload(api, "motcua.binhan", wholly, "COMPONENT", paper).status()).isEqualTo(201);
        }
        dossiers.processToDone(partly);
        dossiers.processToDone(wholly);

        assertThat(digitisedToday(api)).as("the wholly copied dossier only").isEqualTo(before + 1);
    }

    /** A paper asked for again loses its old copy; the applicant cannot replace a copy that stands. */
    @Test
    void aPaperAskedForAgainLosesItsCopyAndTheApplicantDoesNotReplaceOneThatStands() {
        Api api = new Api(port);
        DossierClient dossiers = new DossierClient(api);
        Api.Response submitted = api.post("/api/v1/dossiers", "congdan", """
                {"procedureCode": "TT-01", "unitCode": "H40.01", "channel": "ONLINE",
                 "applicant": {"fullName": "Phạm Minh Đức", "idNumber": "037095000001"}, "components": []}""");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String code = submitted.json().get("code").asString();
        String paper = names(submitted.json().get("components")).get(0);
        assertThat(upload(api, "congdan", code, "COMPONENT", paper).status()).isEqualTo(201);
        Api.Response again = upload(api, "congdan", code, "COMPONENT", paper);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        // a portal form sent without any file (not multipart) is still a dossier, not an error
        vn.xaso.WebSession citizen = new vn.xaso.WebSession(port);
        citizen.login("congdan", "demo");
        assertThat(citizen.postForm("/portal/submit/TT-01", "/portal/submit/TT-01", Map.of("unitCode", "H40.01")).statusCode())
                .isEqualTo(302);

        String received = dossiers.receiveAtCounter("HKD-01").get("code").asString();
        String first = names(dossiers.get("motcua.binhan", received).get("components")).get(0);
        assertThat(upload(api, "motcua.binhan", received, "COMPONENT", first).status()).isEqualTo(201);
        dossiers.act("lanhdao.binhan", received, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        dossiers.act("chuyenvien.binhan", received, "request-supplement",
                "{\"reason\": \"Bản quét mờ\", \"missing\": [\"" + first + "\"]}");
        JsonNode asked = dossiers.get("motcua.binhan", received).get("components").get(0);
        assertThat(asked.get("provided").asBoolean()).isFalse();
        assertThat(asked.get("copyFileId").isNull()).as("the old scan no longer stands for the paper").isTrue();
    }

    private static Api.Response upload(Api api, String user, String code, String kind, String component) {
        return api.upload("/api/v1/dossiers/" + code + "/files", user, Map.of("kind", kind, "component", component),
                "file", "ban-quet.pdf", SCAN);
    }

    private static List<String> names(JsonNode components) {
        List<String> names = new java.util.ArrayList<>();
        components.forEach(c -> names.add(c.get("name").asString()));
        return names;
    }

    /** Decision 766 indicator 4.1's numerator for Bình An today: its resolved dossiers that were digitised. */
    private static long digitisedToday(Api api) {
        String today = LocalDate.now(Organization.ZONE).toString();
        JsonNode index = api.get("/api/v1/reports/index-766?unit=H40.01&from=" + today + "&to=" + today, "lanhdao.binhan").json();
        for (JsonNode group : index.get("groups")) {
            for (JsonNode indicator : group.get("indicators")) {
                if (indicator.get("code").asString().equals("4.1")) {
                    return indicator.get("numerator").asLong();
                }
            }
        }
        throw new AssertionError("no indicator 4.1 in " + index);
    }
}
