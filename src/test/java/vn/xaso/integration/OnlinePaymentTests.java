package vn.xaso.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import org.springframework.web.util.HtmlUtils;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/**
 * Fees paid online: an online dossier with a fee waits in WAITING_PAYMENT (portal status 6) once accepted; the citizen
 * pays on the (simulated) gateway, whose signed callback records the payment and starts processing; an unpaid one
 * keeps waiting; a forged callback changes nothing; a callback told twice is recorded once; the counter may take the
 * fee instead; a fee-free procedure never waits.
 */
@XasoTest
class OnlinePaymentTests {

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Autowired
    PortalSender portal;
    @Autowired
    JdbcTemplate jdbc;
    Api api;
    SimulatorControl simulator;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        simulator = new SimulatorControl(environment);
    }

    @Test
    void aPaidOnlineDossierStartsProcessingAndAnUnpaidOneWaits() throws Exception {
        String paid = acceptedOnline("HKD-01");
        String unpaid = acceptedOnline("HKD-01");
        JsonNode waiting = dossier(paid);
        assertThat(waiting.get("status").asString()).isEqualTo("WAITING_PAYMENT");
        assertThat(waiting.get("portalStatus").asInt()).isEqualTo(6);
        assertThat(waiting.get("receivedAt").isNull()).as("not received: no clock").isTrue();
        assertThat(waiting.get("feeDue").asLong()).isEqualTo(100_000);

        WebSession citizen = new WebSession(port);
        citizen.login("congdan", "demo");
        assertThat(citizen.get("/portal/dossiers/" + paid).body()).contains("id=\"pay-online\"", "100.000 đồng");
        assertThat(jdbc.queryForObject("select body from notification where dossier_code = ? and notice = 'PAYMENT_DUE'",
                String.class, paid)).contains("Mời ông/bà nộp phí, lệ phí 100.000 đồng", "/portal/dossiers/" + paid);
        HttpResponse<String> toGateway = citizen.get("/portal/dossiers/" + paid + "/pay");
        assertThat(toGateway.statusCode()).isEqualTo(302);
        String payUrl = toGateway.headers().firstValue("Location").orElseThrow();
        assertThat(payUrl).startsWith(environment.getProperty("xaso.integration.simulator.url") + "/payment/v1/pay/");
        assertThat(simulator.post("/__pay?order=" + paid, "").body()).contains("\"callback\":200");

        JsonNode received = dossier(paid);
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("receivedAt").isString()).as("the clock starts at payment").isTrue();
        JsonNode payment = received.get("payments").get(0);
        assertThat(payment.get("method").asString()).isEqualTo("ONLINE");
        assertThat(payment.get("by").asString()).isEqualTo("cong-thanh-toan");
        assertThat(payment.get("note").asString()).startsWith("T-");
        String receipt = vn.xaso.PdfTools.text(api.bytes("/api/v1/dossiers/" + paid + "/receipt", "motcua.binhan"))
                .replaceAll("\\s+", " ");
        assertThat(receipt).as("the gateway and its transaction, not a login as the collector")
                .contains("Thanh toán trực tuyến qua Cổng thanh toán mô phỏng (bản demo)", "Mã giao dịch: " + payment.get("note").asString())
                .doesNotContain("cong-thanh-toan").doesNotContain("Người thu tiền");
        assertThat(dossier(unpaid).get("status").asString()).as("unpaid: still waiting").isEqualTo("WAITING_PAYMENT");

        while (portal.deliver() > 0) {
            // deliver everything queued, this dossier's statuses among them
        }
        assertThat(api.json(simulator.get("/__received?dossier=" + paid).body()))
                .extracting(r -> r.get("portalStatus").asInt()).containsSubsequence(6, 2);
    }

    /**
     * The citizen reaches xaso by an address other than the configured public one: back from the gateway they land on
     * their dossier, logged in still, told it is paid, with its e-receipt.
     */
    @Test
    void afterPayingTheCitizenIsBackOnTheirDossierWithItsReceipt() throws Exception {
        String code = acceptedOnline("HKD-01");
        WebSession citizen = new WebSession("127.0.0.1", port);
        citizen.login("congdan", "demo");
        String payUrl = citizen.get("/portal/dossiers/" + code + "/pay").headers().firstValue("Location").orElseThrow();

        HttpResponse<String> paid = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(payUrl)).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).isEqualTo(303);
        String back = paid.headers().firstValue("Location").orElseThrow();
        assertThat(back).startsWith("http://127.0.0.1:" + port + "/portal/dossiers/" + code);

        HttpResponse<String> page = citizen.get(back.substring(("http://127.0.0.1:" + port).length()));
        assertThat(page.statusCode()).as("still logged in: not the login page").isEqualTo(200);
        assertThat(page.body()).contains(code, "id=\"paid\"", "Đã nộp phí, lệ phí", "id=\"receipt\"");
        HttpResponse<String> receipt = citizen.get("/dossiers/" + code + "/receipt", "application/pdf");
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.body()).startsWith("%PDF");
    }

    /** Nobody is asked to pay for a dossier that cannot be received: the incomplete one is asked to supplement. */
    @Test
    void anIncompleteOnlineDossierIsAskedToSupplementBeforeAnyoneIsAskedToPay() {
        Api.Response submitted = api.post("/api/v1/dossiers", "congdan", """
                {"procedureCode": "HKD-01", "unitCode": "H40.01", "channel": "ONLINE",
                 "applicant": {"fullName": "Phạm Minh Đức", "idNumber": "037095000001"},
                 "components": [{"name": "Giấy đề nghị đăng ký hộ kinh doanh", "provided": true},
                                {"name": "Bản sao giấy tờ pháp lý của cá nhân (căn cước) của chủ hộ kinh doanh", "provided": false}]}""");
        String code = submitted.json().get("code").asString();

        Api.Response accept = api.post("/api/v1/dossiers/" + code + "/actions/accept", "motcua.binhan", "{}");
        assertThat(accept.status()).isEqualTo(409);
        assertThat(accept.json().get("code").asString()).isEqualTo("dossier.accept.incomplete");
        assertThat(dossier(code).get("status").asString()).as("not waiting for a payment").isEqualTo("SUBMITTED");
        assertThat(api.post("/api/v1/dossiers/" + code + "/actions/request-supplement", "motcua.binhan",
                "{\"reason\": \"Thiếu bản sao căn cước\", \"missing\": [\"Bản sao căn cước\"]}").status()).isEqualTo(200);
    }

    /**
     * The money was taken, so it is never lost: a payment for a dossier that cannot take it any more (withdrawn while
     * the citizen paid) is recorded with its receipt as "đã thu, chờ xử lý", and the counter is told.
     */
    @Test
    void aPaymentForADossierThatCannotTakeItIsRecordedAndTheCounterToldNeverLost() throws Exception {
        String code = acceptedOnline("HKD-01");
        WebSession citizen = new WebSession(port);
        citizen.login("congdan", "demo");
        citizen.get("/portal/dossiers/" + code + "/pay");
        assertThat(api.post("/api/v1/dossiers/" + code + "/actions/withdraw", "congdan", "{\"reason\": \"Đổi ý\"}").status())
                .isEqualTo(200);

        assertThat(simulator.post("/__pay?order=" + code, "").body()).as("the gateway's callback is taken").contains("\"callback\":200");

        JsonNode after = dossier(code);
        assertThat(after.get("status").asString()).isEqualTo("WITHDRAWN");
        JsonNode payment = after.get("payments").get(0);
        assertThat(payment.get("amount").asLong()).isEqualTo(100_000);
        assertThat(payment.get("receiptNumber").asInt()).isPositive();
        assertThat(payment.get("unsettled").asString()).isNotBlank();
        assertThat(HtmlUtils.htmlUnescape(counterPage(code))).contains("Đã thu, chờ xử lý");
        assertThat(jdbc.queryForObject("select count(*) from official_notice where kind = 'PAYMENT' and ref = ?",
                Integer.class, "payment:" + code)).as("the counter is told").isPositive();
    }

    @Test
    void aForgedCallbackChangesNothingAndATrueOneToldTwiceIsRecordedOnce() throws Exception {
        String code = acceptedOnline("HKD-01");
        Api.Response forged = api.post("/api/v1/public/payments/callback", null, """
                {"orderId": "%s", "amount": 100000, "transactionId": "T-GIA", "status": "SUCCESS", "signature": "%s"}"""
                .formatted(code, "ab".repeat(32)));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.body()).contains("\"field\":\"signature\"");
        assertThat(dossier(code).get("status").asString()).isEqualTo("WAITING_PAYMENT");

        WebSession citizen = new WebSession(port);
        citizen.login("congdan", "demo");
        citizen.get("/portal/dossiers/" + code + "/pay");
        assertThat(simulator.post("/__pay?order=" + code, "").body()).contains("\"callback\":200");
        assertThat(simulator.post("/__pay?order=" + code, "").body()).contains("\"callback\":200");
        assertThat(jdbc.queryForObject("select count(*) from dossier_payment where dossier_code = ?", Integer.class, code))
                .isEqualTo(1);
        assertThat(dossier(code).get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void theCounterSeesThatAnAcceptedDossierWaitsForItsFee() {
        Api.Response submitted = api.post("/api/v1/dossiers", "congdan", """
                {"procedureCode": "HKD-01", "unitCode": "H40.01", "channel": "ONLINE",
                 "applicant": {"fullName": "Phạm Minh Đức", "idNumber": "037095000001"}}""");
        String code = submitted.json().get("code").asString();
        WebSession counter = new WebSession(port);
        counter.login("motcua.binhan", "demo");
        assertThat(counter.postForm("/dossiers/" + code, "/dossiers/" + code + "/do/accept", Map.of()).statusCode()).isEqualTo(302);
        assertThat(counter.get("/dossiers/" + code).body()).contains("Hồ sơ chờ người nộp nộp phí, lệ phí",
                "id=\"record-payment-form\"");
    }

    @Test
    void theCounterMayTakeTheFeeInsteadAndAFeeFreeProcedureNeverWaits() {
        String code = acceptedOnline("HKD-01");
        Api.Response cash = api.post("/api/v1/dossiers/" + code + "/actions/record-payment", "motcua.binhan",
                "{\"method\": \"CASH\", \"amount\": 100000}");
        assertThat(cash.status()).as(cash.body()).isEqualTo(200);
        assertThat(dossier(code).get("status").asString()).isEqualTo("RECEIVED");
        Api.Response online = api.post("/api/v1/dossiers/" + code + "/actions/record-payment", "motcua.binhan",
                "{\"method\": \"ONLINE\", \"amount\": 100000}");
        assertThat(online.status()).as("online payments come from the gateway only").isEqualTo(400);

        String free = acceptedOnline("TT-01");
        assertThat(dossier(free).get("status").asString()).isEqualTo("RECEIVED");
        assertThat(dossier(free).get("feeDue").asLong()).isZero();
    }

    /** congdan submits online at Bình An and the counter accepts it. */
    private String acceptedOnline(String procedure) {
        Api.Response submitted = api.post("/api/v1/dossiers", "congdan", """
                {"procedureCode": "%s", "unitCode": "H40.01", "channel": "ONLINE",
                 "applicant": {"fullName": "Phạm Minh Đức", "idNumber": "037095000001", "phone": "0912000111"}}""".formatted(procedure));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String code = submitted.json().get("code").asString();
        Api.Response accepted = api.post("/api/v1/dossiers/" + code + "/actions/accept", "motcua.binhan", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return code;
    }

    private String counterPage(String code) {
        WebSession counter = new WebSession(port);
        counter.login("motcua.binhan", "demo");
        return counter.get("/dossiers/" + code).body();
    }

    private JsonNode dossier(String code) {
        return api.get("/api/v1/dossiers/" + code, "motcua.binhan").json();
    }
}
