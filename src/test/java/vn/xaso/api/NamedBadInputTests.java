package vn.xaso.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.Api;
import vn.xaso.XasoTest;

/** The bad inputs an attacker's report named, each answered 400 naming the field (they gave 500 or a wrong 200). */
@XasoTest
class NamedBadInputTests {

    @LocalServerPort
    int port;

    private Api api() {
        return new Api(port);
    }

    private void refused(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).startsWith(field);
    }

    @Test
    void hugeWorkingDaysAreRefusedInsteadOfOverflowing() {
        for (String days : new String[] {"1e308", "9223372036854775808", "1001"}) {
            refused(api().post("/api/v1/calendar/due", "admin",
                    "{\"from\": \"2026-12-01T08:00:00+07:00\", \"workingDays\": " + days + "}"), "workingDays");
        }
    }

    @Test
    void nullInsideAListIsRefused() {
        refused(api().post("/api/v1/calendar/elapsed", "admin", """
                {"from": "2026-12-01T08:00:00+07:00", "to": "2026-12-02T08:00:00+07:00", "pauses": [null]}"""), "pauses");
        refused(api().post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "HKD-01", "unitCode": "H40.01", "channel": "COUNTER", "components": [null],
                 "applicant": {"fullName": "Lê Văn An", "idNumber": "037190001111", "address": "Bình An"}}"""), "components");
    }

    @Test
    void aNumberOrABooleanIsNotText() {
        refused(api().post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "HKD-01", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": 12345, "idNumber": "037190001111", "address": "Bình An"}}"""), "applicant.fullName");
        refused(api().post("/api/v1/calendar/due", "admin",
                "{\"unit\": true, \"from\": \"2026-12-01T08:00:00+07:00\", \"workingDays\": 1}"), "unit");
    }

    @Test
    void dossierActionsNeedWhatTheyAct() {
        String code = api().post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "HKD-01", "unitCode": "H40.01", "channel": "COUNTER",
                 "applicant": {"fullName": "Lê Văn An", "idNumber": "037190001111", "address": "Bình An"}}""")
                .json().get("code").asString();
        refused(api().post("/api/v1/dossiers/" + code + "/actions/assign", "lanhdao.binhan", "{}"), "assignee");
        refused(api().post("/api/v1/dossiers/" + code + "/actions/extend", "lanhdao.binhan",
                "{\"reason\": \"x\", \"newDueAt\": \"9999-12-31T08:00:00+07:00\"}"), "newDueAt");
        String many = "\"x\",".repeat(100_000) + "\"x\"";
        refused(api().post("/api/v1/dossiers/" + code + "/actions/request-supplement", "motcua.binhan",
                "{\"reason\": \"x\", \"missing\": [" + many + "]}"), "missing");
        assertThat(api().get("/api/v1/dossiers/" + code, "motcua.binhan").json().get("status").asString())
                .as("nothing changed").isEqualTo("RECEIVED");
    }

    @Test
    void aDocumentActionWithoutABodyIsNotAmbiguous() {
        long id = api().post("/api/v1/documents/incoming", "vanthu.binhan", """
                {"sender": {"organId": "000.00.00.H40", "name": "UBND tỉnh Ninh Bình"}, "codeNumber": "4242",
                 "codeNotation": "UBND-VP", "issuedDate": "2026-11-20", "typeName": "Công văn", "subject": "Không có thân"}""")
                .json().get("id").asLong();
        Api.Response none = api().post("/api/v1/documents/" + id + "/actions/complete", "vanthu.binhan", "");
        Api.Response empty = api().post("/api/v1/documents/" + id + "/actions/complete", "vanthu.binhan", "{}");
        assertThat(none.status()).as(none.body()).isBetween(400, 499);
        assertThat(empty.status()).as(empty.body()).isBetween(400, 499);
    }

    @Test
    void aMultipartBodyWithoutBoundaryIs400() {
        for (String type : new String[] {"multipart/form-data", "multipart/mixed", "multipart/related; type=x"}) {
            Api.Response response = api().send("/api/v1/documents/1/files", "vanthu.binhan", type, "x");
            assertThat(response.status()).as(type).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
    }

    @Test
    void anUploadOverTheLimitIs413() {
        Api.Response response = api().upload("/api/v1/documents/1/files", "vanthu.binhan", java.util.Map.of(), "file",
                "lon.pdf", new byte[21 * 1024 * 1024]);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.isProblem()).isTrue();
    }
}
