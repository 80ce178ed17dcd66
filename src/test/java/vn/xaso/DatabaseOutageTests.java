package vn.xaso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database goes away under a running node (a failover, a restart) and comes back on the same address: meanwhile
 * every request gets a 503 that says to retry — a problem detail for the API, a page for people — never a 500; after
 * it, the node goes on without a restart and the logged-in user is still logged in (the session is in the database).
 */
class DatabaseOutageTests {

    private static final String HOLIDAYS = "/api/v1/calendar/holidays?year=2031&unit=H40.01";

    @TempDir
    Path temp;

    @Test
    void requestsDuringTheOutageGet503AndEverythingGoesOnAfterIt() throws Exception {
        Path folder = temp.resolve("postgres");
        int databasePort = freePort();
        EmbeddedDatabase.Server database = EmbeddedDatabase.start(folder, databasePort, null,
                Map.of("fsync", "off", "synchronous_commit", "off"));
        String password = database.password();
        try (ConfigurableApplicationContext node = node(database.postgres().getJdbcUrl(EmbeddedDatabase.SUPERUSER, "postgres"), password)) {
            int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
            Api api = new Api(port);
            WebSession browser = new WebSession(port);
            assertThat(api.get(HOLIDAYS, "motcua.binhan").status()).isEqualTo(200);
            browser.login("motcua.binhan", Api.PASSWORD);
            assertThat(browser.get("/inbox").statusCode()).isEqualTo(200);

            database.close();

            Api.Response during = api.get(HOLIDAYS, "motcua.binhan");
            assertThat(during.status()).as(during.body()).isEqualTo(503);
            assertThat(during.isProblem()).isTrue();
            assertThat(during.json().get("retryAfterSeconds").asInt()).isPositive();
            var page = browser.get("/inbox");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.body()).contains("chưa kết nối được cơ sở dữ liệu").contains("http-equiv=\"refresh\"");

            database = EmbeddedDatabase.start(folder, databasePort, password, Map.of("fsync", "off", "synchronous_commit", "off"));
            await().atMost(Duration.ofSeconds(30)).until(() -> api.get(HOLIDAYS, "motcua.binhan").status() == 200);
            assertThat(browser.get("/inbox").statusCode()).as("still logged in").isEqualTo(200);
        } finally {
            database.close();
        }
    }

    /**
     * Found by bench/cluster.sh: during a switchover a commit was answered by PostgreSQL's "terminating connection",
     * its rollback then failed on the closed connection, and Spring's exception for that carries no first cause: a 500.
     */
    @Test
    void aTransactionThatCouldNotCommitOrRollBackIsAnOutageToo() {
        var rollbackFailed = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                new java.sql.SQLException("Connection is closed"));
        assertThat(vn.xaso.api.DatabaseOutage.is(rollbackFailed)).isTrue();
        assertThat(vn.xaso.api.DatabaseOutage.is(new IllegalStateException("a bug"))).isFalse();
    }

    private static ConfigurableApplicationContext node(String url, String password) {
        return new SpringApplicationBuilder(Xaso.class).profiles("demo").run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + EmbeddedDatabase.SUPERUSER,
                "--spring.datasource.password=" + password,
                "--spring.datasource.hikari.connection-timeout=2000",
                "--server.port=0",
                "--logging.file.name=target/xaso-outage-test.log",
                "--xaso.files.directory=target/outage-files",
                "--xaso.signing.directory=target/test-signing",
                "--xaso.integration.simulator.port=0",
                "--xaso.integration.dvcqg.send-every=PT1H",
                "--xaso.integration.exchange.send-every=PT1H",
                "--xaso.integration.exchange.receive-every=PT1H",
                "--xaso.notification.send-every=PT1H",
                "--xaso.identity.failure-answer-time=150ms",
                "--xaso.integration.simulator.mail-port=0");
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
