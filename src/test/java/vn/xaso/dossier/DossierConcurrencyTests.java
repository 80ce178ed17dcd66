package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xaso.Api;
import vn.xaso.TestClock;
import vn.xaso.XasoTest;

/** Many counter officers at once: codes never collide or skip, and one action never overwrites another. */
@XasoTest
class DossierConcurrencyTests {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twoHundredParallelReceptionsGetCodes0001To0200() throws Exception {
        Api api = new Api(port);
        clock.set("2031-03-04T09:00");
        String counter = api.get("/api/v1/officials?unit=H40.05&q=motcua", "admin").json().get("items").get(0)
                .get("username").asString();
        String unit = "H40.05";
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String idNumber = String.format("0371900%05d", i);
            results.add(pool.submit(() -> {
                start.await();
                return api.post("/api/v1/dossiers", counter, """
                        {"procedureCode": "KS-01", "unitCode": "%s", "channel": "COUNTER",
                         "applicant": {"fullName": "Người thứ %s", "idNumber": "%s"}}""".formatted(unit, idNumber, idNumber));
            }));
        }
        start.countDown();
        List<String> codes = new ArrayList<>();
        for (Future<Api.Response> result : results) {
            Api.Response response = result.get();
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            codes.add(response.json().get("code").asString());
        }
        pool.shutdown();
        List<String> expected = IntStream.rangeClosed(1, 200).mapToObj(n -> String.format("H40.05-310304-%04d", n)).toList();
        assertThat(codes).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void twoOfficialsActingAtOnceOneWinsTheOtherGets409() throws Exception {
        Api api = new Api(port);
        api.post("/api/v1/officials", "admin", """
                {"username": "motcua2.binhan", "fullName": "Hà Thị Thu", "unitCode": "H40.01", "roles": ["COUNTER"], "password": "mat-khau-2"}""");
        DossierClient dossiers = new DossierClient(api);
        for (int round = 0; round < 5; round++) {
            String code = dossiers.submit("congdan", "TT-01", "H40.01", "ONLINE", DossierClient.CITIZEN_ID).get("code").asString();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Callable<Integer> first = () -> {
                start.await();
                return api.post("/api/v1/dossiers/" + code + "/actions/accept", "motcua.binhan", "{}").status();
            };
            Callable<Integer> second = () -> {
                start.await();
                return api.post("/api/v1/dossiers/" + code + "/actions/accept", "motcua2.binhan", "mat-khau-2", "{}").status();
            };
            Future<Integer> a = pool.submit(first);
            Future<Integer> b = pool.submit(second);
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
            pool.shutdown();
            long accepts = 0;
            for (var entry : api.get("/api/v1/dossiers/" + code + "/history", "motcua.binhan").json()) {
                if (entry.get("action").asString().equals("accept")) {
                    accepts++;
                }
            }
            assertThat(accepts).as("exactly one acceptance is recorded").isEqualTo(1);
            assertThat(api.get("/api/v1/dossiers/" + code, "motcua.binhan").json().get("currentTask").get("step").asString())
                    .isEqualTo("assign");
        }
    }
}
