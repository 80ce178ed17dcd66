package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.PdfTools;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;

/**
 * Fees at the counter: collected once at the procedure version's amount, an e-receipt numbered in the unit's series of
 * the year without gaps or duplicates however many counters collect at once, the receipt PDF with the amount in
 * figures and words; a fee-free procedure never asks; a refused dossier's fee is recorded as refunded.
 */
@XasoTest
class FeeTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api() {
        return new Api(port);
    }

    @Test
    void theCounterCollectsTheFeeOnceAndPrintsTheReceipt() throws Exception {
        String code = receive("HKD-01", "H40.01", "motcua.binhan");
        JsonNode before = api().get("/api/v1/dossiers/" + code, "motcua.binhan").json();
        assertThat(before.get("feeDue").asLong()).isEqualTo(100_000);
        assertThat(before.get("payments")).isEmpty();
        assertThat(api().get("/api/v1/dossiers/" + code + "/receipt", "motcua.binhan").status()).isEqualTo(409);

        Api.Response wrongAmount = pay(code, "motcua.binhan", "CASH", 50_000);
        assertThat(wrongAmount.status()).isEqualTo(400);
        assertThat(wrongAmount.body()).contains("\"field\":\"amount\"", "100.000");
        Api.Response noMethod = api().post("/api/v1/dossiers/" + code + "/actions/record-payment", "motcua.binhan", "{\"amount\": 100000}");
        assertThat(noMethod.status()).isEqualTo(400);
        assertThat(noMethod.body()).contains("\"field\":\"method\"");
        assertThat(pay(code, "chuyenvien.binhan", "CASH", 100_000).status()).as("only the counter collects").isEqualTo(403);

        Api.Response paid = pay(code, "motcua.binhan", "CASH", 100_000);
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        JsonNode after = api().get("/api/v1/dossiers/" + code, "motcua.binhan").json();
        assertThat(after.get("feeDue").asLong()).isZero();
        JsonNode payment = after.get("payments").get(0);
        assertThat(payment.get("kind").asString()).isEqualTo("PAYMENT");
        assertThat(payment.get("method").asString()).isEqualTo("CASH");
        assertThat(payment.get("amount").asLong()).isEqualTo(100_000);
        assertThat(payment.get("by").asString()).isEqualTo("motcua.binhan");
        assertThat(pay(code, "motcua.binhan", "CASH", 100_000).status()).as("paid once").isEqualTo(409);

        byte[] pdf = api().bytes("/api/v1/dossiers/" + code + "/receipt", "motcua.binhan");
        String text = PdfTools.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("BIÊN LAI THU PHÍ, LỆ PHÍ", "Số: " + String.format("%07d", payment.get("receiptNumber").asInt()),
                "100.000 đồng", "Bằng chữ: Một trăm nghìn đồng", "Tiền mặt", code, "Đăng ký thành lập hộ kinh doanh",
                "Người thu tiền: " + api().get("/api/v1/me", "motcua.binhan").json().get("fullName").asString());
        assertThat(text).as("what nobody entered is said so, never made up")
                .contains("Ký hiệu mẫu biên lai: (chưa khai báo)", "Ký hiệu biên lai: (chưa khai báo)", "Mã số thuế: (chưa khai báo)");
        assertThat(PdfTools.signers(pdf)).as("the collecting unit's digital signature").singleElement().asString().startsWith("Xã Bình An");
        assertThat(api().get("/api/v1/dossiers/" + code + "/receipt", "motcua.thientruong").status())
                .as("another unit's dossier").isEqualTo(404);

        WebSession counter = new WebSession(port);
        counter.login("motcua.binhan", "demo");
        assertThat(counter.get("/dossiers/" + code).body()).contains("id=\"payments\"", "Đã thu 100.000 đồng", "Biên lai số ")
                .doesNotContain("id=\"record-payment-form\"");
    }

    /** The unit's tax code and receipt symbols, entered once by the administrator, are on every receipt it issues. */
    @Test
    void theReceiptCarriesTheCollectorsTaxCodeAndSymbolsOnceEntered() throws Exception {
        Api api = api();
        assertThat(api.get("/api/v1/units/H40.02/fee-collector", "motcua.thientruong").json().get("missing"))
                .extracting(JsonNode::asString).containsExactly("taxCode", "receiptForm", "receiptSeries");
        Api.Response notATaxCode = api.put("/api/v1/units/H40.02/fee-collector", "admin",
                "{\"taxCode\": \"27001234\", \"receiptForm\": \"01BLP0-001\", \"receiptSeries\": \"TT-26E\"}");
        assertThat(notATaxCode.status()).isEqualTo(400);
        assertThat(notATaxCode.json().get("field").asString()).isEqualTo("taxCode");
        assertThat(api.put("/api/v1/units/H40.02/fee-collector", "motcua.thientruong", "{}").status())
                .as("only the province administrator").isEqualTo(403);
        Api.Response set = api.put("/api/v1/units/H40.02/fee-collector", "admin",
                "{\"taxCode\": \"2700123456\", \"receiptForm\": \"01BLP0-001\", \"receiptSeries\": \"tt-26e\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("receiptSeries").asString()).isEqualTo("TT-26E");
        assertThat(set.json().get("missing")).isEmpty();
        try {
            String code = receive("HKD-01", "H40.02", "motcua.thientruong");
            assertThat(pay(code, "motcua.thientruong", "TRANSFER", 100_000).status()).isEqualTo(200);
            byte[] receipt = api.bytes("/api/v1/dossiers/" + code + "/receipt", "motcua.thientruong");
            String text = PdfTools.text(receipt).replaceAll("\\s+", " ");
            assertThat(text).contains("Ký hiệu mẫu biên lai: 01BLP0-001", "Ký hiệu biên lai: TT-26E", "Mã số thuế: 2700123456",
                    "Chuyển khoản").doesNotContain("chưa khai báo");
            // issued once: every later copy, also the applicant's, is the same sealed file, kept with the dossier
            assertThat(api.bytes("/api/v1/dossiers/" + code + "/receipt", "motcua.thientruong")).isEqualTo(receipt);
            JsonNode files = api.get("/api/v1/dossiers/" + code, "motcua.thientruong").json().get("files");
            List<String> kinds = new java.util.ArrayList<>();
            files.forEach(f -> kinds.add(f.get("kind").asString() + (f.get("signed").asBoolean() ? " signed" : "")));
            assertThat(kinds).containsOnlyOnce("RECEIPT signed");
        } finally {
            api.put("/api/v1/units/H40.02/fee-collector", "admin", "{}");
        }
    }

    /** The result is handed over against the fee: a counter dossier whose fee was never taken is not returned. */
    @Test
    void theResultIsNotReturnedWhileTheFeeIsDue() throws Exception {
        String code = receive("HKD-01", "H40.01", "motcua.binhan");
        Api api = api();
        DossierClient dossiers = new DossierClient(api);
        dossiers.processToDone(code);

        Api.Response unpaid = api.post("/api/v1/dossiers/" + code + "/actions/return-result", "motcua.binhan", "{\"channel\": \"COUNTER\"}");
        assertThat(unpaid.status()).isEqualTo(409);
        assertThat(unpaid.json().get("code").asString()).isEqualTo("dossier.return.fee-due");
        assertThat(unpaid.json().get("detail").asString()).contains("100.000");

        dossiers.act("motcua.binhan", code, "record-payment", "{\"method\": \"CASH\", \"amount\": 100000}");
        assertThat(api.post("/api/v1/dossiers/" + code + "/actions/return-result", "motcua.binhan", "{\"channel\": \"COUNTER\"}")
                .status()).isEqualTo(200);
    }

    @Test
    void aFeeFreeProcedureNeverAsksForPayment() throws Exception {
        String code = receive("HN-01", "H40.01", "motcua.binhan");
        assertThat(api().get("/api/v1/dossiers/" + code, "motcua.binhan").json().get("feeDue").asLong()).isZero();
        Api.Response refused = pay(code, "motcua.binhan", "CASH", 1);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("không thu phí");
        WebSession counter = new WebSession(port);
        counter.login("motcua.binhan", "demo");
        assertThat(counter.get("/dossiers/" + code).body()).doesNotContain("id=\"record-payment-form\"");
    }

    @Test
    void receiptsAreNumberedWithoutGapsOrDuplicatesWhenCountersCollectAtOnce() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            codes.add(receive("HKD-01", "H40.09", counter("H40.09")));
        }
        Integer last = jdbc.queryForObject("select max(receipt_number) from dossier_payment where unit_code = 'H40.09'", Integer.class);
        int from = last == null ? 0 : last;
        ExecutorService counters = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> payments = new ArrayList<>();
            for (String code : codes) {
                payments.add(() -> pay(code, counter("H40.09"), "TRANSFER", 100_000).status());
            }
            for (Future<Integer> status : counters.invokeAll(payments)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            counters.shutdown();
        }
        List<Integer> numbers = jdbc.queryForList("""
                select receipt_number from dossier_payment where unit_code = 'H40.09' and receipt_number > ? order by 1""",
                Integer.class, from);
        assertThat(numbers).hasSize(16);
        assertThat(numbers.get(15) - numbers.get(0)).as("no gap").isEqualTo(15);
    }

    @Test
    void aRefusedDossiersFeeIsRecordedAsRefunded() {
        String code = receive("HKD-01", "H40.01", "motcua.binhan");
        assertThat(pay(code, "motcua.binhan", "TRANSFER", 100_000).status()).isEqualTo(200);
        assertThat(api().post("/api/v1/dossiers/" + code + "/actions/refuse", "lanhdao.binhan",
                "{\"reason\": \"Ngành nghề kinh doanh có điều kiện, chưa đủ giấy phép\"}").status()).isEqualTo(200);
        JsonNode payments = api().get("/api/v1/dossiers/" + code, "motcua.binhan").json().get("payments");
        assertThat(payments).hasSize(2);
        JsonNode refund = payments.get(1);
        assertThat(refund.get("kind").asString()).isEqualTo("REFUND");
        assertThat(refund.get("amount").asLong()).isEqualTo(100_000);
        assertThat(refund.get("method").asString()).isEqualTo("TRANSFER");
        assertThat(refund.get("by").asString()).isEqualTo("lanhdao.binhan");
        assertThat(refund.get("note").asString()).contains("chưa đủ giấy phép");
    }

    /**
     * The fee schedule at the counter (issue 28) and phí or lệ phí on the e-receipt (issue 27 item 3): chứng thực is a
     * phí per page with a lower rate from page three and a cap per copy (TT 226/2016/TT-BTC); a lệ phí's exemption is
     * chosen by its reason and printed; an online dossier owes the lower online amount.
     */
    @Test
    void theScheduleDecidesTheAmountAndTheReceiptSaysPhiOrLePhiAndWhy() throws Exception {
        assertThat(api().put("/api/v1/procedures/2.000815/confirmation", "admin", "{\"processingTime\": {\"sameDay\": true}}")
                .status()).isEqualTo(200);
        String copy = receive("2.000815", "H40.01", "motcua.binhan");
        Api.Response perPage = payWith(copy, "{\"method\": \"CASH\", \"amount\": 2000, \"units\": 5}");
        assertThat(perPage.status()).isEqualTo(400);
        assertThat(perPage.body()).contains("\"field\":\"amount\"", "7.000");
        assertThat(payWith(copy, "{\"method\": \"CASH\", \"amount\": 7000, \"units\": 5}").status()).isEqualTo(200);
        String receipt = PdfTools.text(api().bytes("/api/v1/dossiers/" + copy + "/receipt", "motcua.binhan")).replaceAll("\\s+", " ");
        assertThat(receipt).contains("Nội dung thu: phí giải quyết thủ tục", "Loại khoản thu: Phí", "Số trang, số bản tính phí: 5",
                "7.000 đồng");

        Api.Response confirmed = api().put("/api/v1/procedures/1.004746/confirmation", "admin", """
                {"processingTime": {"workingDays": 3}, "fee": {"kind": "LE_PHI", "amount": 10000, "exemptions": [
                  {"reason": "Người thuộc hộ nghèo", "amount": 0},
                  {"reason": "Nộp hồ sơ trực tuyến", "amount": 5000, "channel": "ONLINE"}]}}""");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        String poor = receive("1.004746", "H40.01", "motcua.binhan");
        assertThat(api().get("/api/v1/dossiers/" + poor, "motcua.binhan").json().get("feeDue").asLong()).isEqualTo(10_000);
        Api.Response unknown = payWith(poor, "{\"method\": \"CASH\", \"amount\": 0, \"exemption\": \"Người quen\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asString()).isEqualTo("exemption");
        assertThat(payWith(poor, "{\"method\": \"CASH\", \"amount\": 0}").json().get("field").asString()).isEqualTo("amount");
        Api.Response exempt = payWith(poor, "{\"method\": \"CASH\", \"amount\": 0, \"exemption\": \"Người thuộc hộ nghèo\"}");
        assertThat(exempt.status()).as(exempt.body()).isEqualTo(200);
        JsonNode after = api().get("/api/v1/dossiers/" + poor, "motcua.binhan").json();
        assertThat(after.get("feeDue").asLong()).isZero();
        assertThat(after.get("payments").get(0).get("exemption").asString()).isEqualTo("Người thuộc hộ nghèo");
        receipt = PdfTools.text(api().bytes("/api/v1/dossiers/" + poor + "/receipt", "motcua.binhan")).replaceAll("\\s+", " ");
        assertThat(receipt).contains("Nội dung thu: lệ phí", "Loại khoản thu: Lệ phí", "Miễn, giảm: Người thuộc hộ nghèo",
                "Bằng chữ: Không đồng");

        Api.Response online = api().post("/api/v1/dossiers", "motcua.binhan", """
                {"procedureCode": "1.004746", "unitCode": "H40.01", "channel": "ONLINE",
                 "applicant": {"fullName": "Hoàng Văn Phí", "idNumber": "037190008888"}}""");
        assertThat(online.status()).as(online.body()).isEqualTo(201);
        assertThat(online.json().get("feeDue").asLong()).as("the lower online fee").isEqualTo(5_000);
    }

    private Api.Response payWith(String code, String body) {
        return api().post("/api/v1/dossiers/" + code + "/actions/record-payment", "motcua.binhan", body);
    }

    private String receive(String procedure, String unit, String counter) {
        Api.Response received = api().post("/api/v1/dossiers", counter, """
                {"procedureCode": "%s", "unitCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Hoàng Văn Phí", "idNumber": "037190008888", "address": "Thôn Đông, Bình An"}}"""
                .formatted(procedure, unit));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        return received.json().get("code").asString();
    }

    private Api.Response pay(String code, String user, String method, long amount) {
        return api().post("/api/v1/dossiers/" + code + "/actions/record-payment", user,
                "{\"method\": \"" + method + "\", \"amount\": " + amount + "}");
    }

    private String counter(String unit) {
        return jdbc.queryForObject("""
                select o.username from official o join official_role r on r.username = o.username
                where o.unit_code = ? and r.role = 'COUNTER' order by o.username limit 1""", String.class, unit);
    }
}
