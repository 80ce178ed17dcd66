package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/** A leader approves and signs many dossiers at once; one that cannot be approved does not stop the others. */
@XasoTest
class BatchApprovalTests {

    @LocalServerPort
    int port;

    @Test
    void theApiApprovesEachOneAndReportsTheOneThatFails() {
        Api api = new Api(port);
        DossierClient dossiers = new DossierClient(api);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            codes.add(dossiers.proposed());
        }
        String notReady = dossiers.receiveAtCounter("KS-01").get("code").asString();
        codes.add(2, notReady);
        Api.Response response = api.post("/api/v1/dossiers/batch-approve", "lanhdao.binhan",
                "{\"codes\": [\"" + String.join("\", \"", codes) + "\"]}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.get("approved")).hasSize(4);
        assertThat(result.get("failed")).hasSize(1);
        assertThat(result.get("failed").get(0).get("code").asString()).isEqualTo(notReady);
        for (String code : codes) {
            if (!code.equals(notReady)) {
                JsonNode dossier = dossiers.get("lanhdao.binhan", code);
                assertThat(dossier.get("status").asString()).isEqualTo("DONE");
                assertThat(dossier.get("resultFile").get("signed").asBoolean()).isTrue();
            }
        }
    }

    @Test
    void theInboxStartsABatchAndShowsItsProgress() {
        DossierClient dossiers = new DossierClient(new Api(port));
        String first = dossiers.proposed();
        String second = dossiers.proposed();
        WebSession leader = new WebSession(port);
        leader.login("lanhdao.binhan", "demo");
        assertThat(HtmlUtils.htmlUnescape(leader.get("/inbox").body())).contains("Phê duyệt và ký các hồ sơ đã chọn", first);
        var form = new HashMap<String, String>();
        form.put(WebSession.RAW, "&codes=" + first + "&codes=" + second);
        HttpResponse<String> started = leader.postForm("/inbox", "/dossiers/batch-approve", form);
        assertThat(started.statusCode()).isEqualTo(302);
        String progress = started.headers().firstValue("Location").orElseThrow();
        String page = await().atMost(Duration.ofSeconds(30)).until(
                () -> HtmlUtils.htmlUnescape(leader.get(progress.substring(progress.indexOf("/dossiers"))).body()),
                body -> body.contains("id=\"batch-done\""));
        assertThat(page).contains("Đã xử lý 2/2 hồ sơ", "Đã phê duyệt và ký số 2 hồ sơ.");
    }

}
