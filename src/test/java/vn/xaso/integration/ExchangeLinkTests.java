package vn.xaso.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.WebSession;
import vn.xaso.XasoTest;
import vn.xaso.document.DocumentExchange;
import vn.xaso.files.PdfRenderer;
import vn.xaso.signing.Signatures;

/**
 * The document exchange platform through the demo's simulator: issued documents go out to agencies outside the
 * platform once, also after the platform failed; messages from other agencies become incoming documents with their
 * signatures checked, misaddressed ones go back, a message delivered twice is registered once; statuses go back in
 * order as the document is handled, and what recipients report shows on our document.
 */
@XasoTest
class ExchangeLinkTests {

    static final String SO_NOI_VU = "000.00.12.H40";

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Autowired
    ExchangeSender sender;
    @Autowired
    ExchangeReceiver receiver;
    @Autowired
    ExchangeMessages messages;
    @Autowired
    DocumentExchange documentExchange;
    @Autowired
    Links links;
    @Autowired
    PdfRenderer pdf;
    @Autowired
    Signatures signatures;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    SimulatorControl simulator;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(port);
        simulator = new SimulatorControl(environment);
        // what earlier tests left in the province's mailbox is taken first
        receiver.receive();
        sender.deliver();
    }

    @AfterEach
    void exchangeUp() throws Exception {
        simulator.fault("exchange", "up");
        links.find("exchange").orElseThrow().reset();
    }

    @Test
    void anIssuedDocumentForAnAgencyOutsideGoesOverTheExchangeOnce() throws Exception {
        String subject = "Báo cáo kết quả cải cách hành chính " + UUID.randomUUID();
        long id = issue(subject);

        assertThat(sender.deliver()).isEqualTo(1);
        assertThat(sender.deliver()).isZero();
        List<JsonNode> sent = deliveredTo(SO_NOI_VU, "document", subject);
        assertThat(sent).hasSize(1);
        String body = sent.get(0).get("body").asString();
        assertThat(body).contains("<edXML:OrganId>" + SO_NOI_VU + "</edXML:OrganId>", "<ContentTransferEncoded>",
                        "<edXML:PromulgationAmount>2</edXML:PromulgationAmount>", "<edXML:Place>Phường Thiên Trường</edXML:Place>")
                .as("the unit on the platform got its copy on the platform, not over the exchange")
                .doesNotContain("<edXML:OrganId>H40.02</edXML:OrganId>");
        assertThat(sent.get(0).get("documentId").asString()).endsWith("," + id);
        assertThat(waitingFor("H40")).as("nothing came back to the province's own mailbox").isEmpty();
    }

    @Test
    void whileThePlatformFailsTheDocumentWaitsAndGoesOnceWhenItIsBack() throws Exception {
        simulator.fault("exchange", "error");
        String subject = "Công văn đề nghị hỗ trợ " + UUID.randomUUID();
        long id = issue(subject);

        assertThat(sender.deliver()).isZero();
        assertThat(jdbc.queryForObject("select last_error from exchange_message where document_id = ?", String.class, id))
                .isEqualTo("HTTP 500");
        WebSession admin = new WebSession(port);
        admin.login("admin", "demo");
        assertThat(admin.get("/admin/integration").body()).contains("Trục liên thông văn bản", "Văn bản điện tử (EDXML)", "HTTP 500");

        simulator.fault("exchange", "up");
        long message = jdbc.queryForObject("select id from exchange_message where document_id = ?", Long.class, id);
        HttpResponse<String> retried = admin.postForm("/admin/integration", "/admin/integration/exchange/messages/" + message + "/retry", Map.of());
        assertThat(retried.statusCode()).isEqualTo(302);
        assertThat(sender.deliver()).isEqualTo(1);
        assertThat(deliveredTo(SO_NOI_VU, "document", subject)).hasSize(1);
    }

    @Test
    void aNodeThatSentButStoppedBeforeNotingItSendsNothingTwice() throws Exception {
        String subject = "Công văn gửi lại sau sự cố " + UUID.randomUUID();
        long id = issue(subject);
        // a node took the message, the platform got it, and the node stopped before noting it as sent
        ExchangeMessages.Message taken = messages.outbox().claimDue(1000, java.time.Duration.ofSeconds(60), ExchangeMessages.Message::row)
                .stream().filter(m -> id == m.documentId()).findFirst().orElseThrow();
        HttpResponse<String> direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(exchangeUrl() + "/messages"))
                .header("X-Message-Id", "H40-" + taken.id()).POST(HttpRequest.BodyPublishers.ofString(
                        documentExchange.documentMessage(id), StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(200);
        jdbc.update("update exchange_message set next_attempt_at = now() where sent_at is null");

        assertThat(sender.deliver()).isEqualTo(1);
        assertThat(deliveredTo(SO_NOI_VU, "document", subject)).as("the platform kept it once").hasSize(1);
    }

    @Test
    void aMessageFromAnotherAgencyBecomesAnIncomingDocumentWithItsSignatureChecked() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        byte[] signed = signatures.signPersonal(letter("Công văn " + tag), "lanhdao.binhan");
        byte[] tampered = signed.clone();
        tampered[new String(signed, StandardCharsets.ISO_8859_1).indexOf("stream") + 40] ^= 0x01;
        Map<String, byte[]> files = Map.of("ky-" + tag, signed, "sua-" + tag, tampered, "khong-" + tag, letter("Không ký " + tag));
        for (var file : files.entrySet()) {
            post(message(SO_NOI_VU + "," + tag + "," + file.getKey(), "H40.02", "V/v " + file.getKey(), file.getValue()));
        }

        assertThat(receiver.receive()).isEqualTo(3);
        assertThat(waitingFor("H40")).isEmpty();
        assertThat(signature("V/v ky-" + tag)).isEqualTo("VALID");
        assertThat(signature("V/v sua-" + tag)).isEqualTo("INVALID");
        assertThat(signature("V/v khong-" + tag)).isEqualTo("UNSIGNED");
        JsonNode received = incoming("V/v ky-" + tag);
        assertThat(received.get("sender").get("name").asString()).isEqualTo("Sở Nội vụ tỉnh Ninh Bình");
        assertThat(received.get("arrivalNumber").isNumber()).isTrue();
        assertThat(api.bytes("/api/v1/files/" + received.get("fileId").asString(), "vanthu.thientruong")).isEqualTo(signed);
        WebSession clerk = new WebSession(port);
        clerk.login("vanthu.thientruong", "demo");
        assertThat(clerk.get("/documents/" + incoming("V/v sua-" + tag).get("id").asLong()).body())
                .contains("id=\"exchange-signature\"", "Không hợp lệ");

        assertThat(sender.deliver()).isEqualTo(3);
        for (String file : files.keySet()) {
            List<JsonNode> statuses = statusesFor(SO_NOI_VU + "," + tag + "," + file);
            assertThat(statuses).as(file).hasSize(1);
            assertThat(statuses.get(0).get("statusCode").asString()).isEqualTo("03");
            assertThat(statuses.get(0).get("from").asString()).isEqualTo("H40.02");
        }
    }

    @Test
    void statusesGoBackOnceEachAndInOrderAsTheDocumentIsHandled() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String documentId = SO_NOI_VU + ",2026-12-06," + tag;
        post(message(documentId, "H40.01", "V/v báo cáo " + tag, letter("Báo cáo " + tag)));
        receiver.receive();
        long id = incomingOf("V/v báo cáo " + tag, "vanthu.binhan").get("id").asLong();

        api.post("/api/v1/documents/" + id + "/actions/assign", "lanhdao.binhan", "{\"mainHandler\": \"chuyenvien.binhan\", \"dueInWorkingDays\": 3}");
        api.post("/api/v1/documents/" + id + "/actions/opinion", "chuyenvien.binhan", "{\"text\": \"Đang tổng hợp số liệu\"}");
        api.post("/api/v1/documents/" + id + "/actions/opinion", "chuyenvien.binhan", "{\"text\": \"Đã xin ý kiến các bộ phận\"}");
        assertThat(api.post("/api/v1/documents/" + id + "/actions/complete", "chuyenvien.binhan", "{}").status()).isEqualTo(200);
        sender.deliver();
        sender.deliver();

        assertThat(statusesFor(documentId).stream().map(s -> s.get("statusCode").asString()))
                .containsExactly("03", "04", "05", "06");
        assertThat(statusesFor(documentId).get(1).get("body").asString()).contains("<edXML:Staff>",
                api.get("/api/v1/officials/chuyenvien.binhan", "vanthu.binhan").json().get("fullName").asString());
    }

    @Test
    void aMisaddressedMessageIsReturnedToItsSender() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String documentId = SO_NOI_VU + ",2026-12-06," + tag;
        post(message(documentId, "H40.999", "V/v gửi nhầm " + tag, letter("Gửi nhầm")));

        assertThat(receiver.receive()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from document where subject = ?", Integer.class, "V/v gửi nhầm " + tag)).isZero();
        sender.deliver();
        List<JsonNode> returned = statusesFor(documentId);
        assertThat(returned).hasSize(1);
        assertThat(returned.get(0).get("statusCode").asString()).isEqualTo("02");
        assertThat(returned.get(0).get("body").asString()).contains("không đúng nơi nhận", "H40.999");
    }

    @Test
    void aMessageDeliveredAgainOrTakenByTwoNodesAtOnceIsRegisteredOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        post(message(SO_NOI_VU + ",2026-12-06," + tag, "H40.02", "V/v hai lần " + tag, letter("Hai lần")));
        // a node took it and crashed before taking it out of the mailbox
        ExchangePlatform.Waiting waiting = waitingFor("H40").get(0);
        byte[] content = fetch(waiting.id());
        assertThat(documentExchange.arrive(waiting.id(), waiting.to(), content).outcome()).isEqualTo(DocumentExchange.Outcome.REGISTERED);
        // two nodes empty the mailbox at the same time
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs = List.of(receiver::receive, receiver::receive);
            for (Future<Integer> run : nodes.invokeAll(runs)) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from document where subject = ?", Integer.class, "V/v hai lần " + tag)).isEqualTo(1);
        assertThat(waitingFor("H40")).isEmpty();
    }

    @Test
    void whatAnAgencyOutsideReportsShowsOnOurDocument() throws Exception {
        String subject = "Tờ trình đề nghị phê duyệt " + UUID.randomUUID();
        long id = issue(subject);
        sender.deliver();
        String documentId = deliveredTo(SO_NOI_VU, "document", subject).get(0).get("documentId").asString();
        simulator.fault("exchange", "down");
        post(status(documentId, "03", "Đã tiếp nhận, vào sổ văn bản đến số 118"), false);

        assertThat(receiver.receive()).as("the platform does not answer: nothing taken, nothing lost").isZero();
        simulator.fault("exchange", "up");
        links.find("exchange").orElseThrow().reset();
        post(status(documentId, "03", "Đã tiếp nhận, vào sổ văn bản đến số 118"));
        post(status(documentId, "04", "Đã phân công xử lý"));
        assertThat(receiver.receive()).isEqualTo(2);

        JsonNode ours = api.get("/api/v1/documents/" + id, "vanthu.binhan").json();
        assertThat(ours.get("exchangeReports")).hasSize(2);
        assertThat(ours.get("exchangeReports").get(0).get("status").asString()).isEqualTo("RECEIVED");
        assertThat(ours.get("exchangeReports").get(1).get("status").asString()).isEqualTo("ASSIGNED");
        WebSession clerk = new WebSession(port);
        clerk.login("vanthu.binhan", "demo");
        assertThat(clerk.get("/documents/" + id).body()).contains("id=\"exchange-reports\"", "Sở Nội vụ tỉnh Ninh Bình",
                "Đã phân công xử lý");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Bình An issues a report to the Department of Home Affairs (outside) and to Thiên Trường (on the platform). */
    private long issue(String subject) {
        long id = api.post("/api/v1/documents/outgoing", "chuyenvien.binhan", """
                {"typeCode": "CV", "subject": "%s", "recipients": [{"name": "Sở Nội vụ tỉnh Ninh Bình", "organId": "%s"},
                 {"unitCode": "H40.02"}]}""".formatted(subject, SO_NOI_VU)).json().get("id").asLong();
        api.upload("/api/v1/documents/" + id + "/actions/upload-draft", "chuyenvien.binhan", Map.of(), "file", "cv.pdf", letter(subject));
        api.post("/api/v1/documents/" + id + "/actions/submit", "chuyenvien.binhan", "{\"signer\": \"lanhdao.binhan\"}");
        api.post("/api/v1/documents/" + id + "/actions/sign", "lanhdao.binhan", "{}");
        Api.Response issued = api.post("/api/v1/documents/" + id + "/actions/issue", "vanthu.binhan", "{}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return id;
    }

    private byte[] letter(String text) {
        return pdf.render("<html><body><p>" + text + "</p></body></html>");
    }

    /** A document from the Department of Home Affairs addressed to {@code to}. */
    private static String message(String documentId, String to, String subject, byte[] file) {
        return """
                <edXML xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML:edXMLEnvelope><edXML:edXMLHeader><edXML:MessageHeader>
                  <edXML:From><edXML:OrganId>%s</edXML:OrganId><edXML:OrganName>Sở Nội vụ tỉnh Ninh Bình</edXML:OrganName></edXML:From>
                  <edXML:To><edXML:OrganId>%s</edXML:OrganId><edXML:OrganName>UBND</edXML:OrganName></edXML:To>
                  <edXML:DocumentId>%s</edXML:DocumentId>
                  <edXML:Code><edXML:CodeNumber>45</edXML:CodeNumber><edXML:CodeNotation>SNV-CCHC</edXML:CodeNotation></edXML:Code>
                  <edXML:PromulgationInfo><edXML:Place>Ninh Bình</edXML:Place><edXML:PromulgationDate>2026-12-04</edXML:PromulgationDate></edXML:PromulgationInfo>
                  <edXML:DocumentType><edXML:Type>1</edXML:Type><edXML:TypeName>Công văn</edXML:TypeName></edXML:DocumentType>
                  <edXML:Subject>%s</edXML:Subject>
                </edXML:MessageHeader></edXML:edXMLHeader><edXML:edXMLBody/></edXML:edXMLEnvelope>
                <AttachmentEncoded><Attachment><ContentId>1</ContentId><AttachmentName>cv.pdf</AttachmentName>
                  <ContentType>application/pdf</ContentType><ContentTransferEncoded>%s</ContentTransferEncoded></Attachment></AttachmentEncoded>
                </edXML>""".formatted(SO_NOI_VU, to, documentId, subject, Base64.getEncoder().encodeToString(file));
    }

    /** A status message of the Department of Home Affairs about one of our documents. */
    private static String status(String ourDocumentId, String code, String description) {
        String organ = ourDocumentId.substring(0, ourDocumentId.indexOf(','));
        return """
                <edXML xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML:edXMLEnvelope><edXML:edXMLHeader><edXML:MessageHeader>
                  <edXML:From><edXML:OrganId>%s</edXML:OrganId><edXML:OrganName>Sở Nội vụ tỉnh Ninh Bình</edXML:OrganName></edXML:From>
                  <edXML:To><edXML:OrganId>%s</edXML:OrganId><edXML:OrganName>Xã Bình An</edXML:OrganName></edXML:To>
                  <edXML:ResponseFor><edXML:OrganId>%s</edXML:OrganId><edXML:DocumentId>%s</edXML:DocumentId></edXML:ResponseFor>
                  <edXML:StaffInfo><edXML:Staff>Trần Thị Hoa</edXML:Staff></edXML:StaffInfo>
                  <edXML:StatusCode>%s</edXML:StatusCode><edXML:Description>%s</edXML:Description>
                  <edXML:Timestamp>2026-12-06T09:30:00+07:00</edXML:Timestamp>
                </edXML:MessageHeader></edXML:edXMLHeader></edXML:edXMLEnvelope></edXML>"""
                .formatted(SO_NOI_VU, organ, organ, ourDocumentId, code, description);
    }

    private void post(String edxml) throws Exception {
        post(edxml, true);
    }

    /** Posts a message to the platform as the other agency would; {@code mustArrive} false when the platform is down. */
    private void post(String edxml, boolean mustArrive) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(exchangeUrl() + "/messages")).timeout(java.time.Duration.ofSeconds(5))
                .header("Content-Type", "application/xml").header("X-Message-Id", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(edxml, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(mustArrive ? 200 : answer.statusCode());
        } catch (java.io.IOException dropped) {
            assertThat(mustArrive).as("the platform dropped the message").isFalse();
        }
    }

    private byte[] fetch(String id) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(exchangeUrl() + "/messages/" + id)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private String exchangeUrl() {
        return environment.getProperty("xaso.integration.exchange.url");
    }

    private List<ExchangePlatform.Waiting> waitingFor(String organ) throws Exception {
        JsonNode list = api.json(simulator.get("/exchange/v1/messages?to=" + organ).body());
        List<ExchangePlatform.Waiting> waiting = new ArrayList<>();
        list.forEach(m -> waiting.add(new ExchangePlatform.Waiting(m.get("id").asString(), m.get("from").asString(), m.get("to").asString())));
        return waiting;
    }

    private List<JsonNode> deliveredTo(String organ, String kind, String containing) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        api.json(simulator.get("/__exchange?organ=" + organ).body()).forEach(m -> {
            if (m.get("kind").asString().equals(kind) && m.get("body").asString().contains(containing)) {
                found.add(m);
            }
        });
        return found;
    }

    private List<JsonNode> statusesFor(String documentId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        api.json(simulator.get("/__exchange?organ=" + SO_NOI_VU).body()).forEach(m -> {
            if (m.get("kind").asString().equals("status") && documentId.equals(m.get("documentId").asString())) {
                found.add(m);
            }
        });
        return found;
    }

    private JsonNode incoming(String subject) {
        return incomingOf(subject, "vanthu.thientruong");
    }

    private JsonNode incomingOf(String subject, String clerk) {
        long id = jdbc.queryForObject("select id from document where subject = ?", Long.class, subject);
        return api.get("/api/v1/documents/" + id, clerk).json();
    }

    private String signature(String subject) {
        return incoming(subject).get("exchange").get("signature").asString();
    }
}
