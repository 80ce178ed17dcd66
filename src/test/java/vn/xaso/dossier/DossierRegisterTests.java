package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
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
 * The Sổ theo dõi hồ sơ (Mẫu 07): one book per unit and year whose lines run 1, 2, 3 … across days (unlike the
 * codes' daily sequence), printed on Mẫu 01, with the sets and the return place the applicant chose.
 */
@XasoTest
class DossierRegisterTests {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void linesRunThroughTheYearsBookWhileCodesRestartEachDay() throws Exception {
        String counter = counterOf("H40.07");
        clock.set("2027-03-15T08:00");
        String first = receive(counter, "H40.07", "037190000001", 1, "COUNTER").get("code").asString();
        String second = receive(counter, "H40.07", "037190000002", 2, "POSTAL").get("code").asString();
        clock.set("2027-03-16T08:00");
        JsonNode third = receive(counter, "H40.07", "037190000003", 1, "ONLINE");
        assertThat(third.get("code").asString()).endsWith("-270316-0001");
        assertThat(third.get("registerBook").asInt()).isEqualTo(2027);
        assertThat(third.get("registerLine").asInt()).as("the book goes on; the code's sequence restarted").isEqualTo(3);

        String receipt = DossierPapersTests.pdfText(api.bytes("/api/v1/dossiers/" + second + "/forms/01", counter));
        assertThat(receipt).contains("Quyển số: 2027, Số thứ tự: 2").contains("Số lượng hồ sơ: 02 (bộ)")
                .contains("Nhận kết quả tại: Qua dịch vụ bưu chính công ích");

        JsonNode book = api.get("/api/v1/dossiers/register?unit=H40.07&from=2027-03-01&to=2027-03-31", counter).json();
        assertThat(book.get("book").asString()).isEqualTo("2027");
        List<String> codes = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        book.get("rows").forEach(row -> {
            codes.add(row.get("code").asString());
            lines.add(row.get("line").asInt());
        });
        assertThat(codes).containsExactly(first, second, third.get("code").asString());
        assertThat(lines).containsExactly(1, 2, 3);
        JsonNode row = book.get("rows").get(0);
        assertThat(row.get("receivedAt").asString()).isEqualTo("2027-03-15T08:00:00+07:00");
        assertThat(row.get("applicant").asString()).isEqualTo("Người nộp 037190000001");
        assertThat(row.get("procedure").asString()).isEqualTo("Đăng ký tạm trú");
        assertThat(row.get("handedOver").asString()).isEqualTo("2027-03-15T08:00:00+07:00");
        assertThat(row.has("dueAt") && row.has("returnedAt") && row.has("timeliness")).isTrue();

        String period = "/api/v1/dossiers/register?unit=H40.07&from=2027-03-01&to=2027-03-31&format=";
        assertThat(DossierPapersTests.pdfText(api.bytes(period + "pdf", counter))).contains("SỔ THEO DÕI HỒ SƠ")
                .contains("Quyển số 2027").contains("3 hồ sơ").contains("Đăng ký tạm trú 02 Người nộp 037190000002");
        assertThat(api.get(period + "xlsx", counter).contentType()).contains("spreadsheetml");

        assertThat(api.get("/api/v1/dossiers/register?unit=H40.07", "motcua.binhan").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/dossiers/register?unit=H40.07&from=2027-03-01&to=2027-03-31", "theodoi").json()
                .get("rows").size()).isEqualTo(3);
        assertThat(api.get("/api/v1/dossiers/register?unit=H40.07&from=2027-04-01&to=2027-03-01", counter).json()
                .get("field").asString()).isEqualTo("from");
    }

    @Test
    void twentyConcurrentReceptionsTakeTwentyDifferentLines() throws Exception {
        String counter = counterOf("H40.08");
        clock.set("2031-03-05T09:00");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonNode>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String idNumber = String.format("0371911%05d", i);
            results.add(pool.submit(() -> {
                start.await();
                return receive(counter, "H40.08", idNumber, 1, "COUNTER");
            }));
        }
        start.countDown();
        List<Integer> lines = new ArrayList<>();
        for (Future<JsonNode> result : results) {
            lines.add(result.get().get("registerLine").asInt());
        }
        pool.shutdown();
        assertThat(lines).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
        JsonNode book = api.get("/api/v1/dossiers/register?unit=H40.08&from=2031-01-01&to=2031-12-31", counter).json();
        List<Integer> booked = new ArrayList<>();
        book.get("rows").forEach(row -> booked.add(row.get("line").asInt()));
        assertThat(booked).containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
    }

    private JsonNode receive(String counter, String unit, String idNumber, int sets, String returnChannel) {
        Api.Response response = api.post("/api/v1/dossiers", counter, """
                {"procedureCode": "TT-01", "unitCode": "%s", "channel": "COUNTER", "sets": %d, "returnChannel": "%s",
                 "applicant": {"fullName": "Người nộp %s", "idNumber": "%s", "address": "Thôn Đông"}}"""
                .formatted(unit, sets, returnChannel, idNumber, idNumber));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private String counterOf(String unit) {
        return api.get("/api/v1/officials?unit=" + unit + "&q=motcua", "admin").json().get("items").get(0)
                .get("username").asString();
    }
}
