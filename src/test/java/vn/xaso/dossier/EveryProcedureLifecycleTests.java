package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.xaso.Api;
import vn.xaso.TestClock;
import vn.xaso.XasoTest;

/** Every demo procedure from the counter to the returned result, with its own appointment, at fixed working times. */
@XasoTest
class EveryProcedureLifecycleTests {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest(name = "{0}: received Tue 24/11/2026 09:00, due {1}")
    @CsvSource({
            "HKD-01, 2026-11-27T09:00:00+07:00, false",
            "KS-01, 2026-11-24T17:00:00+07:00, false",
            "CT-01, 2026-11-24T17:00:00+07:00, false",
            "TT-01, 2026-11-27T09:00:00+07:00, false",
            "HN-01, 2026-11-27T09:00:00+07:00, false",
            "DD-01, 2026-12-08T09:00:00+07:00, true"})
    void fromCounterToReturnedResult(String procedure, String due, boolean transferred) {
        clock.set("2026-11-24T09:00");
        Api api = new Api(port);
        DossierClient dossiers = new DossierClient(api);
        JsonNode received = dossiers.receiveAtCounter(procedure);
        String code = received.get("code").asString();
        assertThat(received.get("dueAt").asString()).isEqualTo(due);
        clock.set("2026-11-24T10:00");
        dossiers.act("lanhdao.binhan", code, "assign", "{\"assignee\": \"chuyenvien.binhan\"}");
        clock.set("2026-11-24T14:00");
        if (transferred) {
            dossiers.act("chuyenvien.binhan", code, "transfer",
                    "{\"toUnit\": \"H40\", \"workingDays\": 5, \"reason\": \"Văn phòng đăng ký đất đai giải quyết\"}");
            dossiers.act("lanhdao.tinh", code, "approve", "{\"comment\": \"Đã cập nhật biến động\"}");
        } else {
            dossiers.act("chuyenvien.binhan", code, "propose", "{\"summary\": \"Đủ điều kiện.\"}");
            dossiers.act("lanhdao.binhan", code, "approve", "{}");
        }
        JsonNode done = dossiers.get("motcua.binhan", code);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("timeliness").asString()).as("finished before the due day").isEqualTo(
                due.startsWith("2026-11-24") ? "ON_TIME" : "EARLY");
        long fee = done.path("feeDue").asLong();
        if (fee > 0) {
            // the result is handed over against the fee
            dossiers.act("motcua.binhan", code, "record-payment", "{\"method\": \"CASH\", \"amount\": " + fee + "}");
        }
        JsonNode returned = dossiers.act("motcua.binhan", code, "return-result", "{\"channel\": \"COUNTER\"}");
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("portalStatus").asInt()).isEqualTo(10);
    }
}
