package vn.xaso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.xaso.Api;
import vn.xaso.TestClock;
import vn.xaso.XasoTest;
import vn.xaso.files.PdfRenderer;
import vn.xaso.identity.XasoUser;

/** Numbers in a registry book never repeat and never skip, however many clerks issue at once. */
@XasoTest
class DocumentNumberingTests {

    @LocalServerPort
    int port;
    @Autowired
    DocumentDesk desk;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PdfRenderer pdf;
    @Autowired
    TestClock clock;
    @Autowired
    Registers registers;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aHundredConcurrentIssuesInOneBookAreNumberedOneToAHundred() throws Exception {
        XasoUser drafter = (XasoUser) accounts.loadUserByUsername("chuyenvien.thientruong");
        XasoUser leader = (XasoUser) accounts.loadUserByUsername("lanhdao.thientruong");
        byte[] draft = pdf.render("<html><body><p>Thông báo lịch tiếp công dân</p></body></html>");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Document d = desk.createOutgoing(drafter, new NewOutgoing("TB", "Thông báo số " + i, "DONG-THOI", List.of()));
            desk.uploadDraft(drafter, d.id(), draft, "tb.pdf", null, null);
            desk.act(drafter, d.id(), DocumentAction.SUBMIT, request("lanhdao.thientruong"));
            desk.act(leader, d.id(), DocumentAction.SIGN, DocumentRequest.empty());
            ids.add(d.id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (long id : ids) {
            answers.add(pool.submit(() -> new Api(port).post("/api/v1/documents/" + id + "/actions/issue", "vanthu.thientruong", "{}")));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
            Api.Response response = answer.get();
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            numbers.add(response.json().get("number").asInt());
        }
        pool.shutdown();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
        assertThat(new Api(port).get("/api/v1/documents/" + ids.get(0), "vanthu.thientruong").json().get("notation").asString())
                .as("a second book for the same kind carries its own symbol").matches("\\d{2,3}/TB-UBND-DONG-THOI");
    }

    @Test
    void aDocumentDraftedInDecemberAndIssuedInJanuaryOpensTheNewYearsSeries() {
        clock.set("2026-12-30T09:00");
        long lastOfTheYear = signed("Thông báo nghỉ Tết Dương lịch");
        clock.set("2026-12-31T16:30");
        long draftedInDecember = signed("Thông báo lịch làm việc tháng 01");
        Document issuedInDecember = desk.act(clerk(), lastOfTheYear, DocumentAction.ISSUE, DocumentRequest.empty());
        assertThat(issuedInDecember.registration().year()).isEqualTo(2026);
        assertThat(issuedInDecember.registration().number()).isEqualTo(1);

        clock.set("2027-01-04T08:00");
        Document issuedInJanuary = desk.act(clerk(), draftedInDecember, DocumentAction.ISSUE, DocumentRequest.empty());
        assertThat(issuedInJanuary.registration().year()).as("the series of the year of issue").isEqualTo(2027);
        assertThat(issuedInJanuary.registration().number()).as("numbers restart at 01 on 1 January").isEqualTo(1);
        assertThat(issuedInJanuary.reference().text()).startsWith("01/");
        assertThat(issuedInJanuary.reference().issuedDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(registers.register(clerk(), Registers.Kind.OUTGOING, "H40.02", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31)).rows().toString()).contains("Thông báo lịch làm việc tháng 01");
    }

    @Test
    void aDossiersResultTakesItsNumberFromTheClerksBookForItsKindAndIsEnteredInTheOutgoingRegister() {
        clock.set("2026-11-24T08:00");
        Api api = new Api(port);
        Document first = desk.act(clerk(), signed("TB", "Thông báo lịch tiếp công dân tháng 12"), DocumentAction.ISSUE,
                DocumentRequest.empty());
        int n = first.registration().number();
        assertThat(first.reference().text()).isEqualTo("%02d/TB-UBND".formatted(n));

        // a residence registration's result is a Thông báo: the clerk's TB series, not a counter of its own
        String code = api.post("/api/v1/dossiers", "motcua.thientruong", """
                {"procedureCode": "TT-01", "unitCode": "H40.02", "channel": "COUNTER",
                 "applicant": {"fullName": "Trần Văn Bình", "idNumber": "037190004321", "address": "Xã Thiên Trường"}}""")
                .json().get("code").asString();
        act(api, "lanhdao.thientruong", code, "assign", "{\"assignee\": \"chuyenvien.thientruong\"}");
        act(api, "chuyenvien.thientruong", code, "propose", "{\"summary\": \"Đủ điều kiện.\"}");
        String result = act(api, "lanhdao.thientruong", code, "approve", "{}").get("resultReference").asString();
        assertThat(result).as("the next number of the same book").isEqualTo("%02d/TB-UBND".formatted(n + 1));

        Document next = desk.act(clerk(), signed("TB", "Thông báo lịch trực Tết"), DocumentAction.ISSUE, DocumentRequest.empty());
        assertThat(next.reference().text()).as("one number, one symbol, once a year").isEqualTo("%02d/TB-UBND".formatted(n + 2));

        List<String> numbers = registers.register(clerk(), Registers.Kind.OUTGOING, "H40.02", LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 11, 24)).rows().stream().map(row -> row.get(0)).toList();
        assertThat(numbers).as("the Sổ văn bản đi holds the result between the documents, in number order")
                .containsSubsequence(first.reference().text(), result, next.reference().text());
        assertThat(registers.register(clerk(), Registers.Kind.OUTGOING, "H40.02", LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 11, 24)).rows().toString()).contains("Hồ sơ " + code);
    }

    @Test
    void noOutgoingBookSharesTheIncomingBooksCountersAndASecondBookCarriesItsOwnSymbol() {
        Api api = new Api(port);
        Api.Response incoming = api.post("/api/v1/documents/outgoing", "chuyenvien.thientruong",
                "{\"typeCode\": \"TB\", \"subject\": \"Thông báo\", \"book\": \"den\"}");
        assertThat(incoming.status()).as(incoming.body()).isEqualTo(400);
        assertThat(incoming.json().get("field").asString()).isEqualTo("book");
        for (String anothersBook : List.of("QD", "QĐ", "GCN", "KQ")) {
            Api.Response taken = api.post("/api/v1/documents/outgoing", "chuyenvien.thientruong",
                    "{\"typeCode\": \"TB\", \"subject\": \"Thông báo\", \"book\": \"" + anothersBook + "\"}");
            assertThat(taken.status()).as("book " + anothersBook + " is another series'").isEqualTo(400);
        }

        clock.set("2026-11-25T08:00");
        Document inMain = desk.act(clerk(), signed("TB", "Thông báo chính"), DocumentAction.ISSUE, DocumentRequest.empty());
        Document inSecond = desk.act(clerk(), signed("TB", "Thông báo sổ riêng", "TIEP-DAN"), DocumentAction.ISSUE,
                DocumentRequest.empty());
        assertThat(inSecond.registration().number()).as("the second book counts on its own").isEqualTo(1);
        assertThat(inSecond.reference().text()).isEqualTo("01/TB-UBND-TIEP-DAN")
                .isNotEqualTo(inMain.reference().text());
    }

    /**
     * Results signed before their numbers came from the outgoing books are entered in them by the migration, and each
     * book's counter moves past them: the migration's script, run again on a result taken out of the book.
     */
    @Test
    void resultsNumberedBeforeTheBooksAreEnteredAndTheirNumbersAreNeverGivenAgain() throws Exception {
        clock.set("2030-03-04T08:00");
        Api api = new Api(port);
        String code = api.post("/api/v1/dossiers", "motcua.thientruong", """
                {"procedureCode": "TT-01", "unitCode": "H40.02", "channel": "COUNTER",
                 "applicant": {"fullName": "Lê Thị Hoa", "idNumber": "037190004322", "address": "Xã Thiên Trường"}}""")
                .json().get("code").asString();
        act(api, "lanhdao.thientruong", code, "assign", "{\"assignee\": \"chuyenvien.thientruong\"}");
        act(api, "chuyenvien.thientruong", code, "propose", "{\"summary\": \"Đủ điều kiện.\"}");
        String result = act(api, "lanhdao.thientruong", code, "approve", "{}").get("resultReference").asString();
        assertThat(result).isEqualTo("01/TB-UBND");
        // as an installed database had it: the result numbered from its own counter, in no book
        jdbc.update("delete from issued_paper where dossier_code = ?", code);
        jdbc.update("delete from document_counter where unit_code = 'H40.02' and book = 'TB' and year = 2030");

        try (var connection = jdbc.getDataSource().getConnection()) {
            ScriptUtils.executeSqlScript(connection,
                    new ClassPathResource("db/migration/dossier/V2026_12_10_7__results_in_outgoing_books.sql"));
        }

        assertThat(jdbc.queryForMap("select book, year, number, notation, recipient from issued_paper where dossier_code = ?", code))
                .containsEntry("book", "TB").containsEntry("year", 2030).containsEntry("number", 1)
                .containsEntry("notation", "TB-UBND").containsEntry("recipient", "Lê Thị Hoa");
        Document next = desk.act(clerk(), signed("TB", "Thông báo tháng 3"), DocumentAction.ISSUE, DocumentRequest.empty());
        assertThat(next.reference().text()).as("01/TB-UBND was given to the result").isEqualTo("02/TB-UBND");
    }

    /** A plan drafted and signed now in its own book, waiting for the clerk to issue it. */
    private long signed(String subject) {
        return signed("KH", subject, "GIAO-NAM");
    }

    private long signed(String type, String subject) {
        return signed(type, subject, null);
    }

    private long signed(String type, String subject, String book) {
        XasoUser drafter = (XasoUser) accounts.loadUserByUsername("chuyenvien.thientruong");
        XasoUser leader = (XasoUser) accounts.loadUserByUsername("lanhdao.thientruong");
        Document d = desk.createOutgoing(drafter, new NewOutgoing(type, subject, book, List.of()));
        desk.uploadDraft(drafter, d.id(), pdf.render("<html><body><p>" + subject + "</p></body></html>"), "tb.pdf", null, null);
        desk.act(drafter, d.id(), DocumentAction.SUBMIT, request("lanhdao.thientruong"));
        desk.act(leader, d.id(), DocumentAction.SIGN, DocumentRequest.empty());
        return d.id();
    }

    private static tools.jackson.databind.JsonNode act(Api api, String user, String code, String action, String body) {
        Api.Response response = api.post("/api/v1/dossiers/" + code + "/actions/" + action, user, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private XasoUser clerk() {
        return (XasoUser) accounts.loadUserByUsername("vanthu.thientruong");
    }

    private static DocumentRequest request(String signer) {
        return new DocumentRequest(null, null, null, null, null, null, null, null, signer, null, null, null, null);
    }
}
