package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.TestClock;
import vn.xaso.XasoTest;

/** Scans and results attached to dossiers, and the forms 01–07 as real PDFs whose text is checked with pdftotext. */
@XasoTest
class DossierPapersTests {

    private static final byte[] SMALL_PDF = ("%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    Api api;
    DossierClient dossiers;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        dossiers = new DossierClient(api);
        clock.set("2026-11-23T08:00");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void scansAreCheckedByContentAndServedOnlyToThoseWhoSeeTheDossier() throws Exception {
        String code = dossiers.receiveAtCounter("TT-01").get("code").asString();
        HttpResponse<String> uploaded = upload("motcua.binhan", code, "to-khai.pdf", SMALL_PDF, "COMPONENT");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String id = api.json(uploaded.body()).get("id").asString();

        HttpResponse<String> disguised = upload("motcua.binhan", code, "to-khai.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1), "COMPONENT");
        assertThat(disguised.statusCode()).isEqualTo(400);
        assertThat(api.json(disguised.body()).get("field").asString()).isEqualTo("file");
        assertThat(upload("motcua.binhan", code, "x.pdf", SMALL_PDF, "SELFIE").statusCode()).isEqualTo(400);
        assertThat(upload("motcua.binhan", code, "kq.pdf", SMALL_PDF, "RESULT").statusCode()).as("counter adds no results").isEqualTo(403);
        assertThat(upload("motcua.thientruong", code, "x.pdf", SMALL_PDF, "COMPONENT").statusCode()).isEqualTo(404);

        JsonNode dossier = dossiers.get("motcua.binhan", code);
        assertThat(dossier.get("files").get(0).get("name").asString()).isEqualTo("to-khai.pdf");
        Api.Response download = api.get("/api/v1/files/" + id, "chuyenvien.binhan");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(api.get("/api/v1/files/" + id, "chuyenvien.thientruong").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/files/" + UUID.randomUUID(), "chuyenvien.binhan").status()).isEqualTo(404);
    }

    @Test
    void aProposalWithoutAFileGetsAResultDraftedFromTheTemplate() throws Exception {
        String code = dossiers.receiveAtCounter("HN-01").get("code").asString();
        dossiers.act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        JsonNode proposed = dossiers.act("chuyenvien.binhan", code, "propose", "{\"summary\": \"Chưa đăng ký kết hôn với ai.\"}");
        JsonNode result = proposed.get("resultFile");
        assertThat(result.get("kind").asString()).isEqualTo("RESULT");
        String text = pdfText(download(result.get("id").asString(), "lanhdao.binhan"));
        assertThat(text).contains("GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", "Trần Văn Bình", code, "Số: /GXN-UBND");
        assertThat(text).as("the officials' internal proposal is not for the citizen")
                .doesNotContain("Chưa đăng ký kết hôn với ai.").doesNotContain("Xét đề nghị");

        String other = dossiers.receiveAtCounter("HN-01").get("code").asString();
        dossiers.act("lanhdao.binhan", other, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        Api.Response wrongFile = dossiers.tryAct("chuyenvien.binhan", other, "propose",
                "{\"summary\": \"x\", \"resultFileId\": \"" + result.get("id").asString() + "\"}");
        assertThat(wrongFile.status()).isEqualTo(400);
        assertThat(wrongFile.json().get("field").asString()).isEqualTo("resultFileId");
    }

    @Test
    void theApprovedResultIsSignedByTheLeaderAndSealedByTheUnit() throws Exception {
        String code = dossiers.receiveAtCounter("HKD-01").get("code").asString();
        JsonNode done = dossiers.processToDone(code);
        JsonNode result = done.get("resultFile");
        assertThat(result.get("signed").asBoolean()).isTrue();
        assertThat(result.get("name").asString()).endsWith("-da-ky.pdf");
        byte[] signed = download(result.get("id").asString(), "motcua.binhan");

        Api.Response verified = verify(signed);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        JsonNode signatures = api.json(verified.body()).get("signatures");
        assertThat(signatures).hasSize(2);
        assertThat(signatures.get(0).get("signer").asString()).contains("Lê Văn Long");
        assertThat(signatures.get(1).get("signer").asString()).contains("Xã Bình An");
        signatures.forEach(signature -> assertThat(signature.get("valid").asBoolean()).isTrue());
        assertThat(signatures.get(1).get("coversWholeDocument").asBoolean()).isTrue();
        assertThat(poppler("pdfsig", signed, null)).contains("Signature is Valid.").doesNotContain("Signature is Invalid");

        Api.Response notPdf = verify("hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(notPdf.status()).isEqualTo(400);
    }

    /** Anyone checks the PDF, without logging in. */
    private Api.Response verify(byte[] pdf) {
        return api.upload("/api/v1/public/signing/verify", null, Map.of(), "file", "ket-qua.pdf", pdf);
    }

    @Test
    void formsCarryTheDossiersDataWithCorrectVietnamese() throws Exception {
        String code = dossiers.receiveAtCounter("HKD-01").get("code").asString();
        String receipt = pdfText(form(code, "01"));
        assertThat(receipt).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: " + code, "Trần Văn Bình",
                "Đăng ký thành lập hộ kinh doanh", "Giấy đề nghị đăng ký hộ kinh doanh", "3 ngày làm việc",
                "08 giờ 00 phút, ngày 23/11/2026", "08 giờ 00 phút, ngày 26/11/2026", "Liên 2", "ỦY BAN NHÂN DÂN XÃ BÌNH AN",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "Độc lập - Tự do - Hạnh phúc");
        assertThat(pdfFonts(form(code, "01"))).contains("DejaVuSerif").doesNotContain(" no ");

        assertThat(api.get("/api/v1/dossiers/" + code + "/forms/02", "motcua.binhan").status()).as("no supplement yet").isEqualTo(409);
        dossiers.act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        dossiers.act("chuyenvien.binhan", code, "request-supplement",
                "{\"reason\": \"Hồ sơ chưa đầy đủ\", \"missing\": [\"Bản sao căn cước của chủ hộ\", \"Biên bản họp thành viên\"]}");
        assertThat(pdfText(form(code, "02"))).contains("PHIẾU YÊU CẦU BỔ SUNG", "Bản sao căn cước của chủ hộ", "Biên bản họp thành viên");
        dossiers.act("motcua.binhan", code, "supplement", "{}");
        dossiers.act("lanhdao.binhan", code, "extend", "{\"reason\": \"Cần xác minh địa điểm kinh doanh\", \"newDueAt\": \"2026-12-04T16:00:00+07:00\"}");
        assertThat(pdfText(form(code, "04"))).as("TT 03/2025 title, signed as the leader signs")
                .contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", "Cần xác minh địa điểm kinh doanh",
                        "16 giờ 00 phút, ngày 04/12/2026", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
                .doesNotContain("TM. UBND");
        assertThat(pdfText(form(code, "06"))).contains("PHIẾU KIỂM SOÁT", "Tiếp nhận hồ sơ", "Phân công xử lý",
                "Thẩm định, đề xuất kết quả", "Nguyễn Văn An");
        dossiers.act("lanhdao.binhan", code, "stop", "{\"reason\": \"Người dân xin dừng\"}");
        assertThat(pdfText(form(code, "05"))).contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Người dân xin dừng", "KT. CHỦ TỊCH");
        assertThat(pdfText(form(code, "07"))).contains("SỔ THEO DÕI HỒ SƠ", code);

        String refused = dossiers.submit("congdan", "TT-01", "H40.01", "ONLINE", DossierClient.CITIZEN_ID).get("code").asString();
        dossiers.act("motcua.binhan", refused, "refuse", "{\"reason\": \"Địa chỉ không thuộc địa bàn xã\"}");
        assertThat(pdfText(form(refused, "03"))).contains("PHIẾU TỪ CHỐI", "Địa chỉ không thuộc địa bàn xã", "NGƯỜI TIẾP NHẬN");

        String refusedByLeader = dossiers.receiveAtCounter("TT-01").get("code").asString();
        dossiers.act("lanhdao.binhan", refusedByLeader, "refuse", "{\"reason\": \"Chỗ ở không hợp pháp\"}");
        assertThat(pdfText(form(refusedByLeader, "03"))).as("the leader's refusal during processing is the leader's letter")
                .contains("VĂN BẢN TỪ CHỐI GIẢI QUYẾT HỒ SƠ", "Chỗ ở không hợp pháp", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
                .doesNotContain("PHIẾU TỪ CHỐI TIẾP NHẬN").doesNotContain("NGƯỜI TIẾP NHẬN");
        assertThat(api.get("/api/v1/dossiers/" + code + "/forms/08", "motcua.binhan").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/dossiers/" + code + "/forms/01", "motcua.thientruong").status()).isEqualTo(404);
    }

    @Test
    void aSupplementRequestIsPrintedAsItWasWrittenAlsoAfterTheApplicantSupplied() throws Exception {
        String code = dossiers.receiveAtCounter("HKD-01").get("code").asString();
        dossiers.act("motcua.binhan", code, "request-supplement",
                "{\"reason\": \"Chưa đủ — thiếu chữ ký\", \"missing\": [\"Tờ khai; bản chính\", \"Ảnh 3x4\"]}");
        dossiers.act("motcua.binhan", code, "supplement", "{}");
        String request = pdfText(form(code, "02"));
        assertThat(request).as("the reason whole, not cut at its dash").contains("Chưa đủ — thiếu chữ ký");
        assertThat(request).as("each item as asked, not the history line").contains("Tờ khai; bản chính", "Ảnh 3x4")
                .doesNotContain("chữ ký — Tờ khai");
    }

    /** The form as PDF, also kept under target/forms to look at. */
    private byte[] form(String code, String number) throws Exception {
        byte[] pdf = bytes("/api/v1/dossiers/" + code + "/forms/" + number, "motcua.binhan");
        Path kept = Path.of("target", "forms", "mau-" + number + ".pdf");
        Files.createDirectories(kept.getParent());
        Files.write(kept, pdf);
        return pdf;
    }

    private byte[] download(String id, String user) throws Exception {
        return bytes("/api/v1/files/" + id, user);
    }

    private byte[] bytes(String path, String user) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> upload(String user, String code, String name, byte[] content, String kind) throws Exception {
        String boundary = "xaso" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/dossiers/" + code + "/files"))
                .header("Authorization", basic(user)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        return poppler("pdftotext", pdf, "-");
    }

    static String pdfFonts(byte[] pdf) throws IOException, InterruptedException {
        return poppler("pdffonts", pdf, null);
    }

    private static String poppler(String tool, byte[] pdf, String output) throws IOException, InterruptedException {
        Path file = Files.createTempFile("xaso-form", ".pdf");
        Files.write(file, pdf);
        ProcessBuilder builder = output == null ? new ProcessBuilder(tool, file.toString())
                : new ProcessBuilder(tool, file.toString(), output);
        Process process = builder.redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(tool + " (poppler-utils) must be installed: " + text).isZero();
        Files.delete(file);
        return text.replaceAll("\\s+", " ");
    }
}
