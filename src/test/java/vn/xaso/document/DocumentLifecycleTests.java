package vn.xaso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.XasoTest;
import vn.xaso.files.PdfRenderer;
import vn.xaso.signing.Signatures;
import vn.xaso.signing.Verification;

/** Incoming and outgoing documents through the REST API, as design/api.md describes them. */
@XasoTest
class DocumentLifecycleTests {

    @LocalServerPort
    int port;
    @Autowired
    vn.xaso.TestClock clock;
    @Autowired
    PdfRenderer pdf;
    @Autowired
    Signatures signatures;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    Api api() {
        return new Api(port);
    }

    static String incoming(String number) {
        return """
                {"sender": {"organId": "000.00.00.H40", "name": "UBND tỉnh Ninh Bình"}, "codeNumber": "%s",
                 "codeNotation": "UBND-VP", "issuedDate": "2026-11-20", "typeName": "Công văn",
                 "subject": "Về việc rà soát hộ nghèo năm 2026", "priority": "URGENT"}""".formatted(number);
    }

    @Test
    void incomingIsRegisteredAssignedDiscussedAndCompleted() {
        Api.Response registered = api().post("/api/v1/documents/incoming", "vanthu.binhan", incoming("1234"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long id = registered.json().get("id").asLong();
        assertThat(registered.json().get("arrivalNumber").asInt()).isPositive();
        assertThat(registered.json().get("arrivalDate").asString()).as("Vietnam time in the API").endsWith("+07:00");
        assertThat(registered.json().get("duplicate").asBoolean()).isFalse();
        Api.Response again = api().post("/api/v1/documents/incoming", "vanthu.binhan", incoming("1234"));
        assertThat(again.json().get("duplicate").asBoolean()).as("same sender, number and date").isTrue();
        assertThat(again.json().get("arrivalNumber").asInt()).isEqualTo(registered.json().get("arrivalNumber").asInt() + 1);

        assertThat(api().get("/api/v1/inbox?kind=DOCUMENT", "lanhdao.binhan").body()).contains("\"ref\":\"" + id + "\"");
        assertThat(api().get("/api/v1/documents/" + id, "chuyenvien.thientruong").status()).as("another commune").isEqualTo(404);
        assertThat(api().post("/api/v1/documents/" + id + "/actions/assign", "motcua.binhan", "{}").status()).isEqualTo(403);
        Api.Response badHandler = api().post("/api/v1/documents/" + id + "/actions/assign", "lanhdao.binhan",
                "{\"mainHandler\": \"chuyenvien.thientruong\"}");
        assertThat(badHandler.status()).isEqualTo(400);
        assertThat(badHandler.json().get("field").asString()).isEqualTo("mainHandler");

        Api.Response assigned = api().post("/api/v1/documents/" + id + "/actions/assign", "lanhdao.binhan", """
                {"mainHandler": "chuyenvien.binhan", "coordinators": ["motcua.binhan"], "informed": ["vanthu.binhan"],
                 "instruction": "Rà soát và báo cáo trước hạn", "dueInWorkingDays": 5}""");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(api().get("/api/v1/inbox?kind=DOCUMENT", "chuyenvien.binhan").body()).contains("\"ref\":\"" + id + "\"");
        assertThat(api().get("/api/v1/inbox?kind=DOCUMENT", "motcua.binhan").body()).contains("\"ref\":\"" + id + "\"");
        assertThat(api().get("/api/v1/documents/" + id + "/actions", "motcua.binhan").body()).contains("opinion").doesNotContain("complete");

        assertThat(api().post("/api/v1/documents/" + id + "/actions/opinion", "motcua.binhan",
                "{\"text\": \"Bộ phận một cửa đã có số liệu 2025\"}").status()).isEqualTo(200);
        assertThat(api().get("/api/v1/documents?overdue=true", "lanhdao.binhan").body()).doesNotContain("\"id\":" + id + ",");
        clock.advance(java.time.Duration.ofDays(10));
        assertThat(api().get("/api/v1/documents?overdue=true", "lanhdao.binhan").body()).as("past its 5 working days")
                .contains("\"id\":" + id + ",");
        assertThat(api().post("/api/v1/documents/" + id + "/actions/remind", "motcua.binhan", "{}").status()).isEqualTo(403);
        assertThat(api().post("/api/v1/documents/" + id + "/actions/remind", "lanhdao.binhan",
                "{\"text\": \"Báo cáo ngay trong hôm nay\"}").json().get("opinions").toString()).contains("Đôn đốc: Báo cáo ngay");
        assertThat(api().get("/api/v1/inbox?kind=DOCUMENT", "motcua.binhan").body()).doesNotContain("\"ref\":\"" + id + "\"");
        JsonNode seen = api().get("/api/v1/documents/" + id, "chuyenvien.binhan").json();
        assertThat(seen.get("opinions").get(0).get("text").asString()).contains("số liệu 2025");
        assertThat(api().post("/api/v1/documents/" + id + "/actions/acknowledge", "vanthu.binhan", "{}").status()).isEqualTo(200);

        assertThat(api().post("/api/v1/documents/" + id + "/actions/complete", "motcua.binhan", "{}").status()).isEqualTo(403);
        Api.Response completed = api().post("/api/v1/documents/" + id + "/actions/complete", "chuyenvien.binhan", "{}");
        assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.json().get("currentTasks")).isEmpty();
        assertThat(api().post("/api/v1/documents/" + id + "/actions/assign", "lanhdao.binhan",
                "{\"mainHandler\": \"chuyenvien.binhan\"}").status()).as("already done").isEqualTo(409);
        assertThat(api().get("/api/v1/documents/" + id + "/history", "lanhdao.binhan").body())
                .contains("register", "assign", "opinion", "complete");
    }

    @Test
    void outgoingIsDraftedReviewedSignedNumberedIssuedReceivedAndRecalled() throws Exception {
        Api.Response created = api().post("/api/v1/documents/outgoing", "chuyenvien.binhan", """
                {"typeCode": "QĐ", "subject": "Quyết định thành lập tổ công tác chuyển đổi số",
                 "recipients": [{"unitCode": "H40.02"}, {"name": "Sở Nội vụ tỉnh Ninh Bình", "organId": "000.00.12.H40"}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(api().post("/api/v1/documents/" + id + "/actions/submit", "chuyenvien.binhan",
                "{\"signer\": \"lanhdao.binhan\"}").status()).as("nothing uploaded yet").isEqualTo(409);

        byte[] draft = pdf.render("<html><head><style>body { font-family: 'DejaVu Serif'; }</style></head><body>"
                + "<h1>QUYẾT ĐỊNH</h1><p>Thành lập tổ công tác chuyển đổi số.</p>"
                + "<p style='text-align:right; margin-right: 60px'><b>CHỦ TỊCH</b></p></body></html>");
        assertThat(api().upload("/api/v1/documents/" + id + "/actions/upload-draft", "chuyenvien.binhan", Map.of("note", "Bản 1"),
                "file", "du-thao.pdf", draft).status()).isEqualTo(200);
        assertThat(api().upload("/api/v1/documents/" + id + "/actions/upload-draft", "chuyenvien.binhan", Map.of(),
                "file", "du-thao.pdf", draft).json().get("versions")).hasSize(2);
        assertThat(api().post("/api/v1/documents/" + id + "/actions/request-opinions", "chuyenvien.binhan",
                "{\"users\": [\"motcua.binhan\"]}").status()).isEqualTo(200);
        assertThat(api().post("/api/v1/documents/" + id + "/actions/opinion", "motcua.binhan",
                "{\"text\": \"Đồng ý\"}").status()).isEqualTo(200);
        assertThat(api().post("/api/v1/documents/" + id + "/actions/submit", "chuyenvien.binhan",
                "{\"signer\": \"motcua.binhan\"}").json().get("field").asString()).isEqualTo("signer");
        assertThat(api().post("/api/v1/documents/" + id + "/actions/submit", "chuyenvien.binhan",
                "{\"signer\": \"lanhdao.binhan\"}").json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(api().post("/api/v1/documents/" + id + "/actions/sign", "vanthu.binhan", "{}").status())
                .as("only the chosen signer signs, in their own session").isEqualTo(403);
        assertThat(api().post("/api/v1/documents/" + id + "/actions/sign", "lanhdao.binhan", "{\"anchor\": \"CHỦ TỊCH\"}")
                .json().get("status").asString()).isEqualTo("SIGNED");
        assertThat(api().post("/api/v1/documents/" + id + "/actions/issue", "chuyenvien.binhan", "{}").status()).isEqualTo(403);

        JsonNode issued = api().post("/api/v1/documents/" + id + "/actions/issue", "vanthu.binhan", "{}").json();
        assertThat(issued.get("status").asString()).isEqualTo("ISSUED");
        int number = issued.get("number").asInt();
        assertThat(issued.get("notation").asString()).isEqualTo((number < 10 ? "0" + number : "" + number) + "/QĐ-UBND");
        assertThat(issued.get("issuedAt").isNull()).isFalse();

        byte[] file = api().bytes("/api/v1/files/" + issued.get("fileId").asString(), "vanthu.binhan");
        Verification verification = signatures.verify(file);
        assertThat(verification.signatures()).hasSize(2).allMatch(Verification.Signature::valid);
        try (var loaded = org.apache.pdfbox.Loader.loadPDF(file)) {
            var leader = loaded.getPage(0).getAnnotations().get(0).getRectangle();
            var seal = loaded.getPage(0).getAnnotations().get(1).getRectangle();
            assertThat(leader.getUpperRightY()).as("under the anchor, near the top").isGreaterThan(loaded.getPage(0).getMediaBox().getHeight() / 2);
            assertThat(seal.getUpperRightX()).as("the clerk's seal lands on the leader's stamp").isBetween(leader.getLowerLeftX(),
                    leader.getUpperRightX());
            assertThat(seal.getLowerLeftY()).isBetween(leader.getLowerLeftY() - 30, leader.getUpperRightY());
        }

        long delivered = issued.get("recipients").get(0).get("deliveredDocumentId").asLong();
        JsonNode received = api().get("/api/v1/documents/" + delivered, "vanthu.thientruong").json();
        assertThat(received.get("direction").asString()).isEqualTo("INCOMING");
        assertThat(received.get("notation").asString()).isEqualTo(issued.get("notation").asString());
        assertThat(received.get("sender").get("name").asString()).isEqualTo("Xã Bình An");
        assertThat(received.get("arrivalNumber").asInt()).isPositive();
        assertThat(api().get("/api/v1/inbox?kind=DOCUMENT", "lanhdao.thientruong").body()).contains("\"ref\":\"" + delivered + "\"");
        assertThat(issued.get("recipients").get(0).get("deliveredStatus").asString()).isEqualTo("REGISTERED");
        api().post("/api/v1/documents/" + delivered + "/actions/assign", "lanhdao.thientruong",
                "{\"mainHandler\": \"chuyenvien.thientruong\"}");
        assertThat(api().get("/api/v1/documents/" + id, "vanthu.binhan").json().get("recipients").get(0).get("deliveredStatus")
                .asString()).as("the sender sees how far its document has come").isEqualTo("ASSIGNED");
        assertThat(issued.get("recipients").get(1).get("deliveredDocumentId").isNull()).as("outside agency: by EDXML").isTrue();

        assertThat(api().post("/api/v1/documents/" + id + "/actions/recall", "lanhdao.binhan", "{\"reason\": \"Sai căn cứ\"}")
                .json().get("status").asString()).isEqualTo("RECALLED");
        assertThat(api().get("/api/v1/documents/" + delivered, "vanthu.thientruong").json().get("status").asString())
                .isEqualTo("RECALLED");
        assertThat(api().get("/api/v1/inbox?kind=DOCUMENT", "lanhdao.thientruong").body()).doesNotContain("\"ref\":\"" + delivered + "\"");
    }

    @Test
    void aWordDraftIsTurnedIntoAPdfThatTheLeaderSigns() throws Exception {
        java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            word.createParagraph().createRun().setText("Dự thảo kế hoạch phòng chống thiên tai năm 2027");
            word.write(docx);
        }
        long id = api().post("/api/v1/documents/outgoing", "chuyenvien.binhan",
                "{\"typeCode\": \"KH\", \"subject\": \"Kế hoạch phòng chống thiên tai\"}").json().get("id").asLong();
        JsonNode uploaded = api().upload("/api/v1/documents/" + id + "/actions/upload-draft", "chuyenvien.binhan", Map.of(),
                "file", "ke-hoach.docx", docx.toByteArray()).json();
        byte[] pdfDraft = api().bytes("/api/v1/files/" + uploaded.get("fileId").asString(), "chuyenvien.binhan");
        Api.Response notWord = api().upload("/api/v1/documents/" + id + "/actions/upload-draft", "chuyenvien.binhan", Map.of(),
                "file", "ke-hoach.docx", vn.xaso.files.WordDrafts.anyZip());
        assertThat(notWord.status()).as("a zip that is no Word document").isEqualTo(400);
        assertThat(notWord.json().get("field").asString()).isEqualTo("file");
        assertThat(new String(pdfDraft, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .as("LibreOffice (installed by .ci/run) converts the DOCX").isEqualTo("%PDF-");
        assertThat(vn.xaso.PdfTools.text(pdfDraft)).contains("phòng chống thiên tai năm 2027");
        api().post("/api/v1/documents/" + id + "/actions/submit", "chuyenvien.binhan", "{\"signer\": \"lanhdao.binhan\"}");
        assertThat(api().post("/api/v1/documents/" + id + "/actions/sign", "lanhdao.binhan", "{}").json().get("status").asString())
                .isEqualTo("SIGNED");
    }

    @Test
    void searchFindsByNumberSenderAndSubjectWithOrWithoutDiacritics() {
        long id = api().post("/api/v1/documents/incoming", "vanthu.binhan", incoming("777")).json().get("id").asLong();
        for (String q : new String[] {"hộ nghèo", "ho ngheo", "777/UBND-VP", "ninh binh"}) {
            assertThat(api().get("/api/v1/documents?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8),
                    "vanthu.binhan").body()).as(q).contains("\"id\":" + id);
        }
        assertThat(api().get("/api/v1/documents?q=ho%20ngheo", "vanthu.thientruong").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(api().get("/api/v1/documents?direction=SIDEWAYS", "vanthu.binhan").json().get("field").asString())
                .isEqualTo("direction");
    }
}
