package vn.xaso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.PdfTools;
import vn.xaso.XasoTest;
import vn.xaso.files.PdfRenderer;

/** EDXML out and back in, status messages, registers as PDF and XLSX, and unit isolation on every endpoint. */
@XasoTest
class DocumentExchangeTests {

    @LocalServerPort
    int port;
    @Autowired
    PdfRenderer pdf;

    Api api() {
        return new Api(port);
    }

    /** Drafts, signs and issues a notice of Bình An to an outside agency; returns the issued document. */
    JsonNode issuedNotice(String subject) {
        long id = api().post("/api/v1/documents/outgoing", "chuyenvien.binhan", """
                {"typeCode": "TB", "subject": "%s", "recipients": [{"name": "Sở Nội vụ tỉnh Ninh Bình", "organId": "000.00.12.H40"}]}"""
                .formatted(subject)).json().get("id").asLong();
        api().upload("/api/v1/documents/" + id + "/actions/upload-draft", "chuyenvien.binhan", Map.of(), "file", "tb.pdf",
                pdf.render("<html><body><p>" + subject + "</p></body></html>"));
        api().post("/api/v1/documents/" + id + "/actions/submit", "chuyenvien.binhan", "{\"signer\": \"lanhdao.binhan\"}");
        api().post("/api/v1/documents/" + id + "/actions/sign", "lanhdao.binhan", "{}");
        return api().post("/api/v1/documents/" + id + "/actions/issue", "vanthu.binhan", "{}").json();
    }

    @Test
    void edxmlRoundTripKeepsTheMetadataAndTheFile() {
        JsonNode issued = issuedNotice("Thông báo lịch tiếp công dân tháng 12");
        long id = issued.get("id").asLong();
        Api.Response exported = api().get("/api/v1/documents/" + id + "/edxml", "vanthu.binhan");
        assertThat(exported.status()).as(exported.body()).isEqualTo(200);
        assertThat(exported.body()).contains("http://www.mic.gov.vn/TBT/QCVN_102_2016", "<edXML:CodeNumber>"
                + issued.get("codeNumber").asString() + "</edXML:CodeNumber>", "TB-UBND", "Sở Nội vụ tỉnh Ninh Bình",
                "<edXML:PageAmount>1</edXML:PageAmount>", "<edXML:PromulgationAmount>1</edXML:PromulgationAmount>",
                "<AttachmentEncoded>", "<ContentTransferEncoded>", "<edXML:Competence>");
        assertThat(exported.body().strip()).as("the envelope and the attachments inside <edXML>").endsWith("</edXML>");
        String documentId = between(exported.body(), "<edXML:DocumentId>", "</edXML:DocumentId>");

        Api.Response imported = postXml("/api/v1/documents/incoming/edxml", "vanthu.thientruong", exported.body());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode received = api().get("/api/v1/documents/" + imported.json().get("id").asLong(), "vanthu.thientruong").json();
        assertThat(received.get("codeNumber").asString()).isEqualTo(issued.get("codeNumber").asString());
        assertThat(received.get("codeNotation").asString()).isEqualTo("TB-UBND");
        assertThat(received.get("subject").asString()).isEqualTo("Thông báo lịch tiếp công dân tháng 12");
        assertThat(received.get("sender").get("name").asString()).isEqualTo("Xã Bình An");
        assertThat(received.get("issuedDate").asString()).isEqualTo(issued.get("issuedDate").asString());
        byte[] original = api().bytes("/api/v1/files/" + issued.get("fileId").asString(), "vanthu.binhan");
        byte[] copy = api().bytes("/api/v1/files/" + received.get("fileId").asString(), "vanthu.thientruong");
        assertThat(copy).isEqualTo(original);

        long incoming = received.get("id").asLong();
        assertThat(api().get("/api/v1/documents/" + incoming + "/edxml/status", "vanthu.thientruong").body())
                .contains("<edXML:StatusCode>03</edXML:StatusCode>", "<edXML:DocumentId>" + documentId + "</edXML:DocumentId>",
                        "<edXML:StaffInfo>", "<edXML:Department>Phường Thiên Trường</edXML:Department>");
        api().post("/api/v1/documents/" + incoming + "/actions/assign", "lanhdao.thientruong",
                "{\"mainHandler\": \"chuyenvien.thientruong\", \"dueInWorkingDays\": 3}");
        String assigned = api().get("/api/v1/documents/" + incoming + "/edxml/status", "vanthu.thientruong").body();
        assertThat(assigned).contains("<edXML:StatusCode>04</edXML:StatusCode>");
        assertThat(between(assigned, "<edXML:Staff>", "</edXML:Staff>")).as("who handles it")
                .isEqualTo(api().get("/api/v1/officials/chuyenvien.thientruong", "vanthu.thientruong").json().get("fullName").asString());
    }

    @Test
    void aMessageWithAZippedAttachmentOrInTheOlderShapeIsReceived() throws Exception {
        byte[] letter = pdf.render("<html><body><p>Công văn đôn đốc</p></body></html>");
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(zipped)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("cv.pdf"));
            zip.write(letter);
            zip.closeEntry();
        }
        String header = """
                <edXML:edXMLHeader><edXML:MessageHeader>
                  <edXML:From><edXML:OrganId>000.00.12.H40</edXML:OrganId><edXML:OrganName>Sở Nội vụ tỉnh Ninh Bình</edXML:OrganName></edXML:From>
                  <edXML:DocumentId>000.00.12.H40,2026-12-01,7781</edXML:DocumentId>
                  <edXML:Code><edXML:CodeNumber>%s</edXML:CodeNumber><edXML:CodeNotation>SNV-CCHC</edXML:CodeNotation></edXML:Code>
                  <edXML:PromulgationInfo><edXML:Place>Ninh Bình</edXML:Place><edXML:PromulgationDate>01/12/2026</edXML:PromulgationDate></edXML:PromulgationInfo>
                  <edXML:Subject>V/v đôn đốc cải cách thủ tục hành chính</edXML:Subject>
                </edXML:MessageHeader></edXML:edXMLHeader>""";
        String current = """
                <edXML xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
                  <edXML:edXMLEnvelope>%s<edXML:edXMLBody/></edXML:edXMLEnvelope>
                  <AttachmentEncoded><Attachment><ContentId>1</ContentId><AttachmentName>cv.zip</AttachmentName>
                    <ContentType>application/zip</ContentType><ContentTransferEncoded>%s</ContentTransferEncoded></Attachment></AttachmentEncoded>
                </edXML>""".formatted(header.formatted("811"), java.util.Base64.getEncoder().encodeToString(zipped.toByteArray()));
        String older = """
                <edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">%s
                  <edXML:edXMLBody><edXML:Attachment><edXML:AttachmentName>cv.pdf</edXML:AttachmentName>
                    <edXML:Value>%s</edXML:Value></edXML:Attachment></edXML:edXMLBody>
                </edXML:edXMLEnvelope>""".formatted(header.formatted("812"), java.util.Base64.getEncoder().encodeToString(letter));

        for (String message : new String[] {current, older}) {
            Api.Response imported = postXml("/api/v1/documents/incoming/edxml", "vanthu.thientruong", message);
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            JsonNode received = api().get("/api/v1/documents/" + imported.json().get("id").asLong(), "vanthu.thientruong").json();
            assertThat(received.get("issuedDate").asString()).isEqualTo("2026-12-01");
            assertThat(api().bytes("/api/v1/files/" + received.get("fileId").asString(), "vanthu.thientruong")).isEqualTo(letter);
        }
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return text.substring(start + from.length(), text.indexOf(to, start));
    }

    @Test
    void aReplacementDocumentRecallsTheOneItReplacesWhenIssued() {
        JsonNode wrong = issuedNotice("Thông báo lịch họp (sai ngày)");
        long replacement = api().post("/api/v1/documents/outgoing", "chuyenvien.binhan", """
                {"typeCode": "TB", "subject": "Thông báo lịch họp (thay thế)", "replacesDocumentId": %d}"""
                .formatted(wrong.get("id").asLong())).json().get("id").asLong();
        api().upload("/api/v1/documents/" + replacement + "/actions/upload-draft", "chuyenvien.binhan", Map.of(), "file", "tb.pdf",
                pdf.render("<html><body><p>Lịch họp đúng</p></body></html>"));
        api().post("/api/v1/documents/" + replacement + "/actions/submit", "chuyenvien.binhan", "{\"signer\": \"lanhdao.binhan\"}");
        api().post("/api/v1/documents/" + replacement + "/actions/sign", "lanhdao.binhan", "{}");
        JsonNode issued = api().post("/api/v1/documents/" + replacement + "/actions/issue", "vanthu.binhan", "{}").json();
        assertThat(issued.get("replacesId").asLong()).isEqualTo(wrong.get("id").asLong());
        JsonNode old = api().get("/api/v1/documents/" + wrong.get("id").asLong(), "vanthu.binhan").json();
        assertThat(old.get("status").asString()).isEqualTo("RECALLED");
        assertThat(old.get("recallReason").asString()).contains(issued.get("notation").asString());
        assertThat(api().post("/api/v1/documents/outgoing", "chuyenvien.thientruong", """
                {"typeCode": "TB", "subject": "x", "replacesDocumentId": %d}""".formatted(replacement)).json().get("field")
                .asString()).as("only the unit's own issued documents").isEqualTo("replacesDocumentId");
    }

    @Test
    void recipientsMayBeGivenAsPlainUnitCodesOrNames() {
        JsonNode draft = api().post("/api/v1/documents/outgoing", "chuyenvien.binhan",
                "{\"typeCode\": \"CV\", \"subject\": \"Công văn gửi phường\", \"to\": [\"H40.02\", \"Sở Tư pháp\"]}").json();
        assertThat(draft.get("recipients").get(0).get("unitCode").asString()).isEqualTo("H40.02");
        assertThat(draft.get("recipients").get(0).get("name").asString()).isEqualTo("Phường Thiên Trường");
        assertThat(draft.get("recipients").get(1).get("name").asString()).isEqualTo("Sở Tư pháp");
        assertThat(api().post("/api/v1/documents/outgoing", "chuyenvien.binhan",
                "{\"typeCode\": \"CV\", \"subject\": \"x\", \"to\": [\"H40.999\"]}").json().get("field").asString())
                .isEqualTo("recipients");
    }

    @Test
    void hostileOrForeignXmlIsRefusedWithAClearError() {
        Api.Response doctype = postXml("/api/v1/documents/incoming/edxml", "vanthu.binhan",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        assertThat(doctype.status()).isEqualTo(400);
        assertThat(doctype.json().get("field").asString()).isEqualTo("message");
        Api.Response foreign = postXml("/api/v1/documents/incoming/edxml", "vanthu.binhan", "<note>hello</note>");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(postXml("/api/v1/documents/incoming/edxml", "chuyenvien.binhan", "<x/>").status()).isEqualTo(403);
    }

    @Test
    void registersArePrintableAsPdfAndXlsx() throws Exception {
        JsonNode issued = issuedNotice("Thông báo nghỉ Tết");
        byte[] pdfRegister = api().bytes("/api/v1/documents/registers/OUTGOING?format=pdf", "vanthu.binhan");
        assertThat(new String(pdfRegister, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = PdfTools.text(pdfRegister);
        assertThat(text.replaceAll("\\s+", " ")).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI", issued.get("notation").asString(), "Thông báo nghỉ Tết");

        byte[] xlsx = api().bytes("/api/v1/documents/registers/OUTGOING?format=xlsx", "vanthu.binhan");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder cells = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.getStringCellValue()).append('|')));
            assertThat(cells).contains(issued.get("notation").asString(), "Số, ký hiệu văn bản");
        }
        api().post("/api/v1/documents/incoming", "vanthu.binhan", DocumentLifecycleTests.incoming("55"));
        assertThat(PdfTools.text(api().bytes("/api/v1/documents/registers/INCOMING", "vanthu.binhan")))
                .contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "55/UBND", "UBND tỉnh Ninh");
        assertThat(api().get("/api/v1/documents/registers/OUTGOING?format=doc", "vanthu.binhan").json().get("field").asString())
                .isEqualTo("format");
    }

    @Test
    void registersNameThePeopleTheDayHandedOverAndTheCopiesIssued() throws Exception {
        JsonNode issued = issuedNotice("Thông báo lịch trực Tết");
        String leader = api().get("/api/v1/me", "lanhdao.binhan").json().get("fullName").asString();
        String drafter = api().get("/api/v1/me", "chuyenvien.binhan").json().get("fullName").asString();
        List<String> outgoing = rowOf(api().bytes("/api/v1/documents/registers/OUTGOING?format=xlsx", "vanthu.binhan"),
                issued.get("notation").asString());
        assertThat(outgoing.get(3)).as("signer as signed").isEqualTo("TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH " + leader);
        assertThat(outgoing.get(5)).as("file copy kept by").isEqualTo(drafter);
        assertThat(outgoing.get(6)).as("one copy to the recipient, one kept").isEqualTo("2");

        long incoming = api().post("/api/v1/documents/incoming", "vanthu.binhan", DocumentLifecycleTests.incoming("77"))
                .json().get("id").asLong();
        api().post("/api/v1/documents/" + incoming + "/actions/assign", "lanhdao.binhan", "{\"mainHandler\": \"chuyenvien.binhan\"}");
        byte[] book = api().bytes("/api/v1/documents/registers/INCOMING?format=xlsx", "vanthu.binhan");
        assertThat(rowOf(book, "Số, ký hiệu")).contains("Ngày chuyển");
        List<String> arrived = rowOf(book, "77/UBND-VP");
        assertThat(arrived.get(6)).as("handler").isEqualTo(drafter);
        assertThat(arrived.get(7)).as("day handed over").matches("\\d{2}/\\d{2}/\\d{4}");
    }

    /** The cells of the first row of an XLSX register that has a cell equal to {@code key}. */
    private static List<String> rowOf(byte[] xlsx, String key) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var row : book.getSheetAt(0)) {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                if (cells.contains(key)) {
                    return cells;
                }
            }
        }
        throw new AssertionError("no row with " + key);
    }

    @Test
    void anotherCommuneSeesNothingOfThisCommunesDocuments() {
        JsonNode issued = issuedNotice("Thông báo nội bộ");
        long id = issued.get("id").asLong();
        String outsider = "vanthu.thientruong";
        assertThat(api().get("/api/v1/documents/" + id, outsider).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/documents/" + id + "/actions", outsider).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/documents/" + id + "/history", outsider).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/documents/" + id + "/edxml", outsider).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/documents/" + id + "/edxml/status", outsider).status()).isEqualTo(404);
        assertThat(api().upload("/api/v1/documents/" + id + "/files", outsider, Map.of(), "file", "x.pdf",
                pdf.render("<html><body><p>x</p></body></html>")).status()).isEqualTo(404);
        assertThat(api().upload("/api/v1/documents/" + id + "/actions/upload-draft", outsider, Map.of(), "file", "x.pdf",
                pdf.render("<html><body><p>x</p></body></html>")).status()).isEqualTo(404);
        assertThat(api().post("/api/v1/documents/" + id + "/actions/recall", outsider, "{\"reason\": \"x\"}").status()).isEqualTo(404);
        assertThat(api().get("/api/v1/documents/registers/OUTGOING?unit=H40.01", outsider).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/documents?unit=H40.01", outsider).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/files/" + issued.get("fileId").asString(), outsider).status()).isIn(403, 404);
        assertThat(api().get("/api/v1/documents/" + id, "congdan").status()).isIn(403, 404);
        assertThat(api().get("/api/v1/documents/" + id, "theodoi").status()).as("the province monitor reads all").isEqualTo(200);
    }

    private Api.Response postXml(String path, String user, String xml) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/xml").header("Accept", "application/json")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(xml)).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
