package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import org.springframework.web.util.HtmlUtils;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/**
 * A leader signs with a key only they control: their own PIN for their key on the server, or the OTP of the remote
 * signing service (the simulator, CSC API v2) that keeps it — once for a whole batch.
 */
@XasoTest
class SigningConfirmationTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPinIsAskedOnceForABatchAndAWrongOneSignsNothing() {
        Api api = new Api(port);
        DossierClient dossiers = new DossierClient(api);
        String leader = newLeader(api);
        assertThat(api.get("/api/v1/signing/me", leader, "mat-khau-1").json().path("method").asString()).isEqualTo("SERVER");
        assertThat(api.put("/api/v1/signing/me/pin", leader, "mat-khau-1", "{\"pin\": \"12ab\"}").status()).isEqualTo(400);
        var set = api.put("/api/v1/signing/me/pin", leader, "mat-khau-1", "{\"pin\": \"246810\"}");
        assertThat(set.json().path("method").asString()).as(set.body()).isEqualTo("PIN");
        String first = dossiers.proposed();
        String second = dossiers.proposed();

        var unconfirmed = api.post("/api/v1/dossiers/" + first + "/actions/approve", leader, "mat-khau-1", "{}");
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.json().path("field").asString()).isEqualTo("confirmation");
        var wrong = batch(api, leader, List.of(first, second), "135790");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("detail").asString()).contains("4");
        assertThat(status(dossiers, first)).isEqualTo("PROCESSING");

        var approved = batch(api, leader, List.of(first, second), "246810");

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("approved")).hasSize(2);
        assertThat(status(dossiers, first)).isEqualTo("DONE");
        assertThat(dossiers.get("lanhdao.binhan", second).path("resultFile").path("signed").asBoolean()).isTrue();
        // the audit trail is written just after the change's commit
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.sql("select after_state from audit_entry where action = 'signing.confirmed' and subject_id = ?")
                        .param(leader).query(String.class).list()).anyMatch(detail -> detail.contains("PIN × 2")));
    }

    @Test
    void fiveWrongPinsLockItAndTheSingleApprovalTakesThePin() {
        Api api = new Api(port);
        DossierClient dossiers = new DossierClient(api);
        String leader = newLeader(api);
        api.put("/api/v1/signing/me/pin", leader, "mat-khau-1", "{\"pin\": \"11223344\"}");
        String code = dossiers.proposed();

        var approved = api.post("/api/v1/dossiers/" + code + "/actions/approve", leader, "mat-khau-1",
                "{\"confirmation\": \"11223344\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(status(dossiers, code)).isEqualTo("DONE");

        String next = dossiers.proposed();
        for (int i = 0; i < 4; i++) {
            assertThat(approve(api, leader, next, "00000000").status()).isEqualTo(400);
        }
        var locked = approve(api, leader, next, "00000000");
        assertThat(locked.status()).isEqualTo(409);
        assertThat(approve(api, leader, next, "11223344").status()).as("locked even with the right PIN").isEqualTo(409);
        assertThat(status(dossiers, next)).isEqualTo("PROCESSING");
    }

    @Test
    void aRemoteKeySignsABatchWithOneOtpAndACallForEach25PapersAndTheSignaturesVerify() throws Exception {
        Api api = new Api(port);
        DossierClient dossiers = new DossierClient(api);
        String leader = newLeader(api);
        var remote = api.put("/api/v1/signing/me/remote", leader, "mat-khau-1", "{}");
        assertThat(remote.json().path("method").asString()).as(remote.body()).isEqualTo("REMOTE");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < BatchApproval.REMOTE_PART + 2; i++) {
            codes.add(dossiers.proposed());
        }
        assertThat(batch(api, leader, codes, "000000").status()).as("no OTP asked for yet").isEqualTo(400);
        int signCallsBefore = simulator("/__csc/calls").path("signatures/signHash").asInt(0);
        int authorizeCallsBefore = simulator("/__csc/calls").path("credentials/authorize").asInt(0);

        assertThat(api.post("/api/v1/signing/me/otp", leader, "mat-khau-1", "{}").status()).isEqualTo(202);
        String otp = simulator("/__csc/otp?user=" + leader).path("otp").asString();
        var approved = batch(api, leader, codes, otp);

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("approved")).hasSize(BatchApproval.REMOTE_PART + 2);
        // one confirmation; the papers went in two calls (25 + 2), the second signed while the first 25 were approved
        assertThat(simulator("/__csc/calls").path("signatures/signHash").asInt()).isEqualTo(signCallsBefore + 2);
        assertThat(simulator("/__csc/calls").path("credentials/authorize").asInt()).isEqualTo(authorizeCallsBefore + 1);
        JsonNode result = dossiers.get("lanhdao.binhan", codes.get(BatchApproval.REMOTE_PART + 1));
        assertThat(result.path("status").asString()).isEqualTo("DONE");
        byte[] signed = api.bytes("/api/v1/files/" + result.path("resultFile").path("id").asString(), "lanhdao.binhan");
        JsonNode verified = api.upload("/api/v1/signing/verify", "lanhdao.binhan", Map.of(), "file", "ket-qua.pdf", signed).json();
        // the leader's signature made at the remote service, the unit's seal, the number written by the unit
        assertThat(verified.path("signatures")).hasSize(3);
        assertThat(verified.path("signatures").get(0).path("signer").asString()).contains(leader + " (DEMO)");
        verified.path("signatures").forEach(signature -> assertThat(signature.path("valid").asBoolean()).isTrue());
        // the OTP is spent
        String another = dossiers.proposed();
        assertThat(batch(api, leader, List.of(another), otp).status()).isEqualTo(400);
    }

    @Test
    void aLeaderSetsAPinOnTheAccountPageAndTheInboxAsksForItOnce() {
        Api api = new Api(port);
        DossierClient dossiers = new DossierClient(api);
        String leader = newLeader(api);
        WebSession web = new WebSession(port);
        web.login(leader, "mat-khau-1");
        assertThat(HtmlUtils.htmlUnescape(web.get("/profile").body())).contains("Chữ ký số của tôi", "ký mà không hỏi gì thêm");

        var mismatch = web.postForm("/profile", "/profile/signing/pin", Map.of("pin", "13572468", "repeat", "13572460"));
        assertThat(mismatch.statusCode()).isEqualTo(302);
        assertThat(HtmlUtils.htmlUnescape(web.get("/profile").body())).contains("Hai lần nhập mã PIN không giống nhau");
        web.postForm("/profile", "/profile/signing/pin", Map.of("pin", "13572468", "repeat", "13572468"));
        assertThat(HtmlUtils.htmlUnescape(web.get("/profile").body())).contains("Đã lưu mã PIN ký số", "mở bằng mã PIN của riêng bạn");

        String first = dossiers.proposed();
        String second = dossiers.proposed();
        String inbox = HtmlUtils.htmlUnescape(web.get("/inbox").body());
        assertThat(inbox).contains("Mã PIN ký số của bạn", "id=\"confirmation\"");
        var form = new java.util.HashMap<String, String>();
        form.put(WebSession.RAW, "&codes=" + first + "&codes=" + second + "&confirmation=11111111");
        var wrong = web.postForm("/inbox", "/dossiers/batch-approve", form);
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/inbox");
        assertThat(HtmlUtils.htmlUnescape(web.get("/inbox").body())).contains("Mã PIN ký số không đúng");
        assertThat(status(dossiers, first)).isEqualTo("PROCESSING");

        form.put(WebSession.RAW, "&codes=" + first + "&codes=" + second + "&confirmation=13572468");
        var started = web.postForm("/inbox", "/dossiers/batch-approve", form);
        String progress = started.headers().firstValue("Location").orElseThrow();
        assertThat(progress).contains("/dossiers/batch/");
        String page = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(
                () -> HtmlUtils.htmlUnescape(web.get(progress.substring(progress.indexOf("/dossiers"))).body()),
                body -> body.contains("id=\"batch-done\""));
        assertThat(page).contains("Đã phê duyệt và ký số 2 hồ sơ.");
    }

    /**
     * A session left open, or a stolen password, cannot take over the key: a new PIN needs the current one (wrong ones
     * count towards the lock, and a locked PIN cannot be replaced), switching to the remote service needs the PIN, and
     * back from the remote service needs its OTP.
     */
    @Test
    void changingHowALeaderConfirmsTakesTheCurrentConfirmation() throws Exception {
        Api api = new Api(port);
        String leader = newLeader(api);
        assertThat(api.put("/api/v1/signing/me/pin", leader, "mat-khau-1", "{\"pin\": \"111111\"}").status())
                .as("the first PIN: the login is enough").isEqualTo(200);

        var bare = api.put("/api/v1/signing/me/pin", leader, "mat-khau-1", "{\"pin\": \"222222\"}");
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.json().path("field").asString()).isEqualTo("confirmation");
        assertThat(api.put("/api/v1/signing/me/remote", leader, "mat-khau-1", "{}").status()).as("nor the remote service").isEqualTo(400);
        assertThat(api.put("/api/v1/signing/me/pin", leader, "mat-khau-1", "{\"pin\": \"222222\", \"confirmation\": \"111111\"}")
                .status()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            assertThat(api.put("/api/v1/signing/me/pin", leader, "mat-khau-1", "{\"pin\": \"333333\", \"confirmation\": \"999999\"}")
                    .status()).isEqualTo(400);
        }
        assertThat(api.put("/api/v1/signing/me/pin", leader, "mat-khau-1", "{\"pin\": \"333333\", \"confirmation\": \"999999\"}")
                .status()).as("the fifth wrong PIN locks it").isEqualTo(409);
        var whileLocked = api.put("/api/v1/signing/me/pin", leader, "mat-khau-1", "{\"pin\": \"333333\", \"confirmation\": \"222222\"}");
        assertThat(whileLocked.status()).as("locked: not even the right PIN replaces it").isEqualTo(409);
        assertThat(api.put("/api/v1/signing/me/remote", leader, "mat-khau-1", "{\"confirmation\": \"222222\"}").status())
                .as("nor switches away from it").isEqualTo(409);
        jdbc.sql("update signer_method set locked_until = null where username = ?").param(leader).update();

        assertThat(api.put("/api/v1/signing/me/remote", leader, "mat-khau-1", "{\"confirmation\": \"222222\"}").status()).isEqualTo(200);
        var backToPin = api.put("/api/v1/signing/me/pin", leader, "mat-khau-1", "{\"pin\": \"444444\", \"confirmation\": \"222222\"}");
        assertThat(backToPin.status()).as("at the remote service the PIN is no proof: its OTP is").isEqualTo(400);
        assertThat(api.get("/api/v1/signing/me", leader, "mat-khau-1").json().path("method").asString()).isEqualTo("REMOTE");
        assertThat(api.post("/api/v1/signing/me/otp", leader, "mat-khau-1", "{}").status()).isEqualTo(202);
        String otp = simulator("/__csc/otp?user=" + leader).path("otp").asString();
        assertThat(api.put("/api/v1/signing/me/pin", leader, "mat-khau-1", "{\"pin\": \"444444\", \"confirmation\": \"" + otp + "\"}")
                .status()).isEqualTo(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.sql("select action from audit_entry where subject_id = ? and action like 'signing.%' order by id")
                        .param(leader).query(String.class).list()).contains("signing.pin-wrong", "signing.remote-set", "signing.pin-set"));
    }

    /** A leader who forgot their PIN: their administrator resets it (audited, the leader told), not anyone else. */
    @Test
    void anAdministratorResetsALeaderWhoLostTheirPinAndTheLeaderIsTold() {
        Api api = new Api(port);
        String leader = newLeader(api);
        api.put("/api/v1/signing/me/pin", leader, "mat-khau-1", "{\"pin\": \"121212\"}");

        String reset = "/api/v1/signing/signers/" + leader + "/reset";
        assertThat(api.post(reset, "lanhdao.binhan", "{\"reason\": \"quên\"}").status()).as("a leader is no administrator").isEqualTo(403);
        assertThat(api.post(reset, "admin", "{}").status()).as("a reason").isEqualTo(400);
        var done = api.post(reset, "admin", "{\"reason\": \"Lãnh đạo quên mã PIN\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("method").asString()).isEqualTo("SERVER");

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.sql("select actor from audit_entry where action = 'signing.method-reset' and subject_id = ?")
                        .param(leader).query(String.class).list()).containsExactly("admin"));
        WebSession web = new WebSession(port);
        web.login(leader, "mat-khau-1");
        assertThat(HtmlUtils.htmlUnescape(web.get("/notices").body())).contains("đặt lại cách xác nhận chữ ký");
        assertThat(api.put("/api/v1/signing/me/pin", leader, "mat-khau-1", "{\"pin\": \"343434\"}").status())
                .as("the leader chooses again").isEqualTo(200);

        // the same on the administrators' signing page
        WebSession administrator = new WebSession(port);
        administrator.login("admin", Api.PASSWORD);
        assertThat(HtmlUtils.htmlUnescape(administrator.get("/admin/signing?username=" + leader).body()))
                .contains("id=\"signer-method\"", "mở bằng mã PIN của riêng bạn", "id=\"reset-signer\"");
        administrator.postForm("/admin/signing?username=" + leader, "/admin/signing/signers/" + leader + "/reset",
                Map.of("reason", "Mất điện thoại"));
        assertThat(api.get("/api/v1/signing/me", leader, "mat-khau-1").json().path("method").asString()).isEqualTo("SERVER");
    }

    /** Only leaders sign with their own key: the monitor can set no PIN, and burns none on a batch (403 first). */
    @Test
    void whoDoesNoUnitWorkHasNoSigningPinAndWhoIsNoLeaderIsRefusedApprovalBeforeAnyPinIsLookedAt() {
        Api api = new Api(port);
        DossierClient dossiers = new DossierClient(api);
        assertThat(api.put("/api/v1/signing/me/pin", "theodoi", "{\"pin\": \"565656\"}").status())
                .as("a monitor signs nothing").isEqualTo(403);
        String specialist = "chuyenvien.ky" + System.nanoTime() % 100000 + SEQUENCE.incrementAndGet();
        assertThat(api.post("/api/v1/officials", "admin", """
                {"username": "%s", "fullName": "Lê Văn Thụ", "unitCode": "H40.01", "roles": ["SPECIALIST"],
                 "password": "mat-khau-1"}""".formatted(specialist)).status()).isEqualTo(201);
        assertThat(api.put("/api/v1/signing/me/pin", specialist, "mat-khau-1", "{\"pin\": \"565656\"}").status())
                .as("a specialist signs the records they are party to (a hand-over) with their own PIN").isEqualTo(200);
        String code = dossiers.proposed();
        String batch = "{\"codes\": [\"" + code + "\"], \"confirmation\": \"565656\"}";
        assertThat(api.post("/api/v1/dossiers/batch-approve", "theodoi", batch).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/dossiers/batch-approve", specialist, "mat-khau-1", batch).status()).isEqualTo(403);
        assertThat(status(dossiers, code)).isEqualTo("PROCESSING");
        // the account page offers a PIN to who can hold one, not to a monitor
        vn.xaso.WebSession monitor = new vn.xaso.WebSession(port);
        monitor.login("theodoi", "demo");
        assertThat(monitor.get("/profile").body()).doesNotContain("id=\"my-signing\"");
        vn.xaso.WebSession holder = new vn.xaso.WebSession(port);
        holder.login(specialist, "mat-khau-1");
        assertThat(holder.get("/profile").body()).contains("id=\"my-signing\"");
    }

    private Api.Response approve(Api api, String leader, String code, String pin) {
        return api.post("/api/v1/dossiers/" + code + "/actions/approve", leader, "mat-khau-1", "{\"confirmation\": \"" + pin + "\"}");
    }

    private static Api.Response batch(Api api, String leader, List<String> codes, String confirmation) {
        return api.post("/api/v1/dossiers/batch-approve", leader, "mat-khau-1",
                "{\"codes\": [\"" + String.join("\", \"", codes) + "\"], \"confirmation\": \"" + confirmation + "\"}");
    }

    private static String status(DossierClient dossiers, String code) {
        return dossiers.get("lanhdao.binhan", code).path("status").asString();
    }

    private static String newLeader(Api api) {
        String username = "lanhdao.ky" + System.nanoTime() % 100000 + SEQUENCE.incrementAndGet();
        var response = api.post("/api/v1/officials", "admin", """
                {"username": "%s", "fullName": "Trần Văn Ký", "unitCode": "H40.01", "title": "Phó Chủ tịch",
                 "roles": ["LEADER"], "password": "mat-khau-1"}""".formatted(username));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return username;
    }


    private JsonNode simulator(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(environment.getProperty("xaso.integration.simulator.url") + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Api(port).json(response.body());
    }
}
