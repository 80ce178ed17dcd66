package vn.xaso;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one shape of integration test: the whole application on a random port, on a throw-away embedded
 * PostgreSQL (or the external one given by {@code XASO_DB_URL}) with the demo data. Every class using
 * it shares one Spring context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "xaso.embedded-database.data-directory=",
        "xaso.embedded-database.synchronous-commit=off",
        "xaso.embedded-database.fsync=off",
        "xaso.signing.public-checks-per-minute=100000",
        // the suite tracks dossiers from one address far faster than a person (the per-code limit of wrong numbers stays)
        "xaso.dossier.tracking.per-minute=100000",
        "logging.file.name=target/xaso-test.log",
        "xaso.identity.free-failures-per-address=100000",
        "xaso.identity.failure-answer-time=150ms",
        "xaso.files.directory=target/test-files",
        "xaso.signing.directory=target/test-signing",
        "xaso.integration.simulator.port=0",
        "xaso.integration.simulator.latency=5ms",
        "xaso.integration.simulator.slow-latency=3s",
        "xaso.integration.open-for=1s",
        // the tests deliver to the portal themselves, at the moment they choose
        "xaso.integration.dvcqg.send-every=PT1H",
        "xaso.integration.exchange.send-every=PT1H",
        "xaso.integration.exchange.receive-every=PT1H",
        "xaso.notification.send-every=PT1H",
        "xaso.notification.attempts=4",
        "xaso.identity.session-cleanup-every=PT1S",
        "xaso.integration.simulator.mail-port=0"})
@ActiveProfiles("demo")
@Import(TestClock.Config.class)
public @interface XasoTest {
}
