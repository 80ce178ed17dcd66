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
                .matches("\\d{2,3}/TB-UBND");
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

    /** A plan drafted and signed now in its own book, waiting for the clerk to issue it. */
    private long signed(String subject) {
        XasoUser drafter = (XasoUser) accounts.loadUserByUsername("chuyenvien.thientruong");
        XasoUser leader = (XasoUser) accounts.loadUserByUsername("lanhdao.thientruong");
        Document d = desk.createOutgoing(drafter, new NewOutgoing("KH", subject, "GIAO-NAM", List.of()));
        desk.uploadDraft(drafter, d.id(), pdf.render("<html><body><p>" + subject + "</p></body></html>"), "tb.pdf", null, null);
        desk.act(drafter, d.id(), DocumentAction.SUBMIT, request("lanhdao.thientruong"));
        desk.act(leader, d.id(), DocumentAction.SIGN, DocumentRequest.empty());
        return d.id();
    }

    private XasoUser clerk() {
        return (XasoUser) accounts.loadUserByUsername("vanthu.thientruong");
    }

    private static DocumentRequest request(String signer) {
        return new DocumentRequest(null, null, null, null, null, null, null, null, signer, null, null, null, null);
    }
}
