package vn.xaso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.xaso.Api;
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

    @Test
    void aHundredConcurrentIssuesInOneBookAreNumberedOneToAHundred() throws Exception {
        XasoUser drafter = (XasoUser) accounts.loadUserByUsername("chuyenvien.thientruong");
        XasoUser leader = (XasoUser) accounts.loadUserByUsername("lanhdao.thientruong");
        byte[] draft = pdf.render("<html><body><p>Thông báo lịch tiếp công dân</p></body></html>");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Document d = desk.createOutgoing(drafter, new NewOutgoing("TB", "Thông báo số " + i, "DONG-THOI", List.of()));
            desk.uploadDraft(drafter, d.id(), draft, "tb.pdf", null);
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

    private static DocumentRequest request(String signer) {
        return new DocumentRequest(null, null, null, null, null, null, null, null, signer, null, null, null, null);
    }
}
