package vn.xaso.integration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.xaso.api.Unavailable;
import vn.xaso.dossier.Citizen;

/**
 * The population database's adapter against a WireMock server that answers, refuses, errs, drops connections and
 * hangs: every failure reaches the caller as {@link Unavailable} within the read timeout, a few failures open the
 * circuit (later calls never reach the service), one call tries again after a while, and a 404 is an answer.
 */
class PopulationDatabaseTests {

    private static final String PERSON = """
            {"soDinhDanh": "037095000001", "hoVaTen": "Phạm Minh Đức", "ngayThangNamSinh": "12/03/1995",
             "gioiTinh": "Nam", "noiThuongTru": "Thôn Đông, xã Bình An, tỉnh Ninh Bình"}""";

    private final WireMockServer service = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    // timeouts far above what a local call takes on a busy machine (a connection that timed out never reached the
    // service, and a test counting requests would count one short); the hanging answers take far longer still
    private final IntegrationProperties properties = new IntegrationProperties(Duration.ofSeconds(5), Duration.ofSeconds(3),
            Duration.ofSeconds(60), 3, Duration.ofMillis(500), 2, Duration.ofMinutes(10));
    private Link link;
    private PopulationDatabase database;

    @BeforeEach
    void start() {
        service.start();
        link = new Link("population", properties.settings(), Clock.systemUTC());
        database = new PopulationDatabase(HttpClient.newHttpClient(), () -> Optional.of(service.baseUrl() + "/v1"), properties, JsonMapper.builder().build(),
                link);
    }

    @AfterEach
    void stop() {
        service.stop();
    }

    @Test
    void aKnownCitizenIsReadFromTheDatabasesOwnFields() {
        service.stubFor(get(urlPathEqualTo("/v1/citizens/037095000001")).willReturn(okJson(PERSON)));

        Citizen citizen = database.find("037095000001").orElseThrow();

        assertThat(citizen.fullName()).isEqualTo("Phạm Minh Đức");
        assertThat(citizen.birthDate()).isEqualTo(LocalDate.of(1995, 3, 12));
        assertThat(citizen.gender()).isEqualTo("MALE");
        assertThat(citizen.permanentAddress()).isEqualTo("Thôn Đông, xã Bình An, tỉnh Ninh Bình");
        assertThat(citizen.source()).isEqualTo("CSDLQGDC");
        assertThat(link.state()).isEqualTo(Link.State.UP);
    }

    @Test
    void anUnknownIdNumberIsAnAnswerNotAFailure() {
        service.stubFor(get(urlPathMatching("/v1/citizens/.*")).willReturn(notFound()));

        for (int i = 0; i < 5; i++) {
            assertThat(database.find("03709500000" + i)).isEmpty();
        }
        assertThat(link.state()).isEqualTo(Link.State.UP);
        assertThat(link.status().errorsLastHour()).isZero();
    }

    @Test
    void anAnswerIsReusedForAWhile() {
        service.stubFor(get(urlPathEqualTo("/v1/citizens/037095000001")).willReturn(okJson(PERSON)));

        database.find("037095000001");
        database.find("037095000001");

        service.verify(1, getRequestedFor(urlPathEqualTo("/v1/citizens/037095000001")));
    }

    @Test
    void errorsOpenTheCircuitAfterAFewCallsAndLaterCallsNeverReachTheService() {
        service.stubFor(get(urlPathMatching("/v1/citizens/.*")).willReturn(serverError()));

        for (int i = 0; i < 3; i++) {
            String id = "03709500010" + i;
            assertThatThrownBy(() -> database.find(id)).isInstanceOf(Unavailable.class);
        }
        assertThat(link.state()).isEqualTo(Link.State.DOWN);
        assertThatThrownBy(() -> database.find("037095000200")).isInstanceOf(Unavailable.class)
                .satisfies(e -> assertThat(((Unavailable) e).getStatusCode().value()).isEqualTo(503));

        service.verify(3, getRequestedFor(urlPathMatching("/v1/citizens/.*")));
        assertThat(link.status().lastError()).isEqualTo("HTTP 500");
        assertThat(link.status().circuit()).isEqualTo("OPEN");
    }

    @Test
    void afterAWhileOneCallTriesAgainAndASuccessClosesTheCircuit() {
        AtomicInteger recoveries = new AtomicInteger();
        link.onRecovery(recoveries::incrementAndGet);
        service.stubFor(get(urlPathMatching("/v1/citizens/.*")).willReturn(serverError()));
        for (int i = 0; i < 3; i++) {
            String id = "03709500030" + i;
            assertThatThrownBy(() -> database.find(id)).isInstanceOf(Unavailable.class);
        }
        service.resetAll();
        service.stubFor(get(urlPathMatching("/v1/citizens/.*")).willReturn(okJson(PERSON)));

        await().atMost(Duration.ofSeconds(5)).until(() -> link.status().circuit().equals("HALF_OPEN"));
        assertThat(link.state()).isEqualTo(Link.State.DEGRADED);
        assertThat(recoveries).hasValue(0);
        assertThat(database.find("037095000001")).isPresent();
        assertThat(link.state()).isEqualTo(Link.State.UP);
        assertThat(recoveries).as("those waiting for the service are told it is back").hasValue(1);
    }

    @Test
    void aHangingServiceIsGivenUpAtTheReadTimeout() {
        service.stubFor(get(urlPathMatching("/v1/citizens/.*")).willReturn(okJson(PERSON).withFixedDelay(10_000)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> database.find("037095000001")).isInstanceOf(Unavailable.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("given up at the read timeout, not at the answer")
                .isLessThan(Duration.ofSeconds(8));
        assertThat(link.status().lastError()).contains("HttpTimeoutException");
    }

    @Test
    void droppedConnectionsAndMalformedAnswersAreFailures() {
        service.stubFor(get(urlPathEqualTo("/v1/citizens/037095000001"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        service.stubFor(get(urlPathEqualTo("/v1/citizens/037095000002")).willReturn(okJson("{\"hoVaTen\": 5}")));
        service.stubFor(get(urlPathEqualTo("/v1/citizens/037095000003"))
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        for (String id : List.of("037095000001", "037095000002", "037095000003")) {
            assertThatThrownBy(() -> database.find(id)).isInstanceOf(Unavailable.class);
        }
        assertThat(link.status().errorsLastHour()).isEqualTo(3);
        assertThat(link.status().lastError()).isNotBlank();
    }

    @Test
    void callsBeyondTheBulkheadAreRefusedAtOnceInsteadOfWaiting() throws Exception {
        service.stubFor(get(urlPathMatching("/v1/citizens/.*")).willReturn(okJson(PERSON).withFixedDelay(10_000)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> slow = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String id = "03709500050" + i;
                slow.add(pool.submit(() -> {
                    try {
                        database.find(id);
                    } catch (Unavailable expected) {
                        // the read timeout
                    }
                }));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> link.callsUnderWay() == 2);

            long start = System.nanoTime();
            assertThatThrownBy(() -> database.find("037095000600")).isInstanceOf(Unavailable.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused at once, not after the read timeout")
                    .isLessThan(Duration.ofMillis(2500));
            for (Future<?> call : slow) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        service.verify(2, getRequestedFor(urlPathMatching("/v1/citizens/.*")));
    }

    @Test
    void withoutAnAddressTheDatabaseIsNotConnected() {
        PopulationDatabase none = new PopulationDatabase(HttpClient.newHttpClient(), Optional::empty, properties, JsonMapper.builder().build(), link);

        assertThatThrownBy(() -> none.find("037095000001")).isInstanceOf(Unavailable.class)
                .hasFieldOrPropertyWithValue("code", "integration.population.not-connected");
    }
}
