package vn.xaso;

import java.util.Arrays;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Turns the {@code demo} profile on by default when xaso runs on its embedded database, so that
 * {@code mvn spring-boot:run} shows a working commune. Never with {@code prod} or an external database.
 */
class DemoProfile implements EnvironmentPostProcessor {

    static final String DEMO = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        boolean nodemo = Arrays.asList(environment.getActiveProfiles()).contains("nodemo");
        if (!production && !nodemo && !ExternalDatabase.isConfigured(environment)) {
            environment.addActiveProfile(DEMO);
        }
    }
}
