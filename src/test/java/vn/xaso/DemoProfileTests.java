package vn.xaso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The demo, as {@code mvn spring-boot:run} starts it: its profile is turned on after the configuration files are read,
 * so what it adds must not depend on a profile file. It starts the simulator and points the national links at it; in
 * production nothing is connected unless told.
 */
class DemoProfileTests {

    @Test
    void theDemoStartsTheSimulatorAndPointsTheLinksAtIt() throws Exception {
        StandardEnvironment environment = configured();

        new DemoProfile().postProcessEnvironment(environment, new SpringApplication());
        environment.getPropertySources().addFirst(new MapPropertySource("simulator",
                Map.of("xaso.integration.simulator.url", "http://127.0.0.1:8089")));

        assertThat(environment.getActiveProfiles()).contains("demo");
        assertThat(environment.getProperty("xaso.integration.simulator.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("xaso.integration.population.url")).isEqualTo("http://127.0.0.1:8089/population/v1");
        assertThat(environment.getProperty("xaso.integration.dvcqg.url")).isEqualTo("http://127.0.0.1:8089/dvcqg/v1");
        assertThat(environment.getProperty("xaso.signing.confirmation-required")).as("the demo's leaders sign at once").isEqualTo("false");
        assertThat(environment.getProperty("spring.mail.host")).as("the demo's own mail relay").isEqualTo("127.0.0.1");
    }

    @Test
    void inProductionNothingIsConnectedUnlessTold() throws Exception {
        StandardEnvironment environment = configured();
        environment.addActiveProfile("prod");

        new DemoProfile().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getActiveProfiles()).doesNotContain("demo");
        assertThat(environment.getProperty("xaso.integration.simulator.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("xaso.integration.population.url")).isEmpty();
        assertThat(environment.getProperty("xaso.integration.dvcqg.url")).isEmpty();
        assertThat(environment.getProperty("xaso.signing.confirmation-required"))
                .as("a leader confirms every signing with their own PIN or OTP").isEqualTo("true");
        assertThat(environment.getProperty("spring.mail.host")).isEmpty();
    }

    private static StandardEnvironment configured() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
        return environment;
    }
}
