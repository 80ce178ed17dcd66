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

/**
 * Each unit issues as itself (NĐ 30/2020): its own abbreviation in the symbol and its drafting departments, the
 * signer's authority (TM., KT. …) and position carried into EDXML and the register, and the number written on the
 * document's "Số:" line when the clerk issues it.
 */
@XasoTest
class IssuingBodyTests {

    private static final String PASSWORD = "Mat-khau-2026";

    @LocalServerPort
    int port;
    @Autowired
    PdfRenderer pdf;
    @Autowired
    Signatures signatures;

    Api api() {
        return new Api(port);
    }

    @Test
    void aDeputySigningAsDeputyShowsInTheSymbolEdxmlAndTheNumberOnTheSoLine() throws Exception {
        long id = draft("chuyenvien.binhan", "QĐ", null, Api.PASSWORD);
        api().post("/api/v1/documents/" + id + "/actions/submit", "chuyenvien.binhan",
                "{\"signer\": \"lanhdao.binhan\", \"authority\": \"KT\"}");
        api().post("/api/v1/documents/" + id + "/actions/sign", "lanhdao.binhan", "{\"anchor\": \"PHÓ CHỦ TỊCH\"}");
        JsonNode issued = api().post("/api/v1/documents/" + id + "/actions/issue", "vanthu.binhan", "{}").json();
        String number = issued.get("codeNumber").asString();
        assertThat(issued.get("notation").asString()).isEqualTo(number + "/QĐ-UBND");

        String edxml = api().get("/api/v1/documents/" + id + "/edxml", "vanthu.binhan").body();
        assertThat(edxml).contains("<edXML:Competence>KT. CHỦ TỊCH</edXML:Competence>",
                "<edXML:Position>PHÓ CHỦ TỊCH</edXML:Position>");

        byte[] file = api().bytes("/api/v1/files/" + issued.get("fileId").asString(), "vanthu.binhan");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "forms"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "forms", "van-ban-da-phat-hanh.pdf"), file);
        Verification verification = signatures.verify(file);
        assertThat(verification.signatures()).as("leader, seal, number").hasSize(3).allMatch(Verification.Signature::valid);
        try (var loaded = org.apache.pdfbox.Loader.loadPDF(file)) {
            var page = loaded.getPage(0);
            var annotations = page.getAnnotations();
            var written = annotations.get(annotations.size() - 1).getRectangle();
            assertThat(written.getLowerLeftX()).as("right after \"Số:\" at the left of the header")
                    .isBetween(40f, page.getMediaBox().getWidth() / 2);
            assertThat(written.getUpperRightY()).as("on the first line").isGreaterThan(page.getMediaBox().getHeight() * 0.85f);
        }
    }

    @Test
    void aDepartmentIssuesUnderItsOwnAbbreviationAndDraftingDepartment() throws Exception {
        assertThat(api().post("/api/v1/units", "admin", """
                {"code": "H40.900", "name": "Sở Nội vụ", "type": "DEPARTMENT", "parentCode": "H40", "validFrom": "2025-07-01"}""")
                .status()).isEqualTo(201);
        official("giamdoc.snv", "Giám đốc Sở Nội vụ", "LEADER");
        official("chuyenvien.snv", "Chuyên viên", "SPECIALIST");
        official("vanthu.snv", "Văn thư", "CLERK");
        JsonNode body = api().get("/api/v1/units/H40.900/issuing-body", "admin").json();
        assertThat(body.get("abbreviation").asString()).isEqualTo("SNV");
        assertThat(body.get("governingName").asString()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH");
        assertThat(body.get("name").asString()).isEqualTo("SỞ NỘI VỤ");
        Api.Response set = api().put("/api/v1/units/H40.900/issuing-body", "admin", """
                {"departments": [{"code": "VP", "name": "Văn phòng Sở"}, {"code": "TCBC", "name": "Phòng Tổ chức, biên chế"}]}""");
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        assertThat(issue(draft("chuyenvien.snv", "CV", "TCBC", PASSWORD))).as("công văn: body and drafting department")
                .endsWith("/SNV-TCBC");
        assertThat(issue(draft("chuyenvien.snv", "QĐ", null, PASSWORD))).endsWith("/QĐ-SNV");
        Api.Response unknown = api().post("/api/v1/documents/outgoing", "chuyenvien.snv", PASSWORD,
                "{\"typeCode\": \"CV\", \"subject\": \"x\", \"department\": \"KHONG\"}");
        assertThat(unknown.json().get("field").asString()).isEqualTo("department");
    }

    private String issue(long id) {
        api().post("/api/v1/documents/" + id + "/actions/submit", "chuyenvien.snv", PASSWORD, "{\"signer\": \"giamdoc.snv\"}");
        api().post("/api/v1/documents/" + id + "/actions/sign", "giamdoc.snv", PASSWORD, "{}");
        JsonNode issued = api().post("/api/v1/documents/" + id + "/actions/issue", "vanthu.snv", PASSWORD, "{}").json();
        return issued.get("notation").asString();
    }

    /** A draft whose header leaves the number blank before the symbol, as drafts do: "Số:      /QĐ-UBND". */
    private long draft(String drafter, String type, String department, String password) {
        Api.Response created = api().post("/api/v1/documents/outgoing", drafter, password, """
                {"typeCode": "%s", "subject": "Về việc kiện toàn tổ công tác"%s}"""
                .formatted(type, department == null ? "" : ", \"department\": \"" + department + "\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        byte[] draft = pdf.render("<html><head><style>body { font-family: 'DejaVu Serif'; font-size: 13pt; }</style></head><body>"
                + "<p>Số:&#160;&#160;&#160;&#160;&#160;&#160;/" + ("CV".equals(type) ? "" : "QĐ-UBND") + "</p>"
                + "<h1>QUYẾT ĐỊNH</h1><p>Kiện toàn tổ công tác.</p>"
                + "<p style='text-align:right; margin-right: 60px'><b>KT. CHỦ TỊCH</b><br/><b>PHÓ CHỦ TỊCH</b></p></body></html>");
        Api.Response uploaded = api().upload("/api/v1/documents/" + id + "/actions/upload-draft", drafter, password, Map.of(), "file",
                "du-thao.pdf", draft);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        return id;
    }

    private void official(String username, String title, String role) {
        Api.Response created = api().post("/api/v1/officials", "admin", """
                {"username": "%s", "fullName": "Người %s", "unitCode": "H40.900", "title": "%s", "roles": ["%s"], "password": "%s"}"""
                .formatted(username, username, title, role, PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }
}
