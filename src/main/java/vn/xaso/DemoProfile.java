package vn.xaso;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the {@code demo} profile on by default when xaso runs on its embedded database, so that
 * {@code mvn spring-boot:run} shows a working commune. Never with {@code prod} or an external database.
 */
class DemoProfile implements EnvironmentPostProcessor {

    static final String DEMO = "demo";

    /**
     * What the demo adds to the settings (read by application.properties as {@code xaso.demo.*}, so that the settings
     * and the environment still win): the simulator of the national services, and the links pointed at it (the mail relay too).
     */
    private static final Map<String, Object> DEMO_SETTINGS = Map.ofEntries(
            Map.entry("xaso.demo.simulator", "true"),
            Map.entry("xaso.demo.population-url", "${xaso.integration.simulator.url}/population/v1"),
            Map.entry("xaso.demo.dvcqg-url", "${xaso.integration.simulator.url}/dvcqg/v1"),
            Map.entry("xaso.demo.exchange-url", "${xaso.integration.simulator.url}/exchange/v1"),
            Map.entry("xaso.demo.exchange-organ", "H40"),
            Map.entry("xaso.demo.sms-url", "${xaso.integration.simulator.url}/sms/v1"),
            Map.entry("xaso.demo.zalo-url", "${xaso.integration.simulator.url}/zalo/v1"),
            Map.entry("xaso.demo.payment-url", "${xaso.integration.simulator.url}/payment/v1"),
            // the demo's own secret, known to its simulated gateway; a real one comes from XASO_PAYMENT_SECRET
            Map.entry("xaso.demo.payment-secret", "demo-payment-secret-not-for-production"),
            Map.entry("xaso.demo.payment-name", "Cổng thanh toán mô phỏng (bản demo)"),
            Map.entry("xaso.demo.signing-url", "${xaso.integration.simulator.url}/csc/v2"),
            Map.entry("xaso.demo.signing-secret", "demo-signing-secret-not-for-production"),
            // the demo's leaders may sign with the server's key alone (production asks their PIN or OTP)
            Map.entry("xaso.demo.signing-confirmation-required", "false"),
            // the simulator's mail relay: the demo's e-mails are sent, and read at /__mail
            Map.entry("xaso.demo.mail-host", "127.0.0.1"),
            Map.entry("xaso.demo.mail-port", "${xaso.integration.simulator.smtp-port:${xaso.integration.simulator.mail-port}}"),
            Map.entry("xaso.demo.mail-view-url", "${xaso.integration.simulator.url}/__mail"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        boolean nodemo = Arrays.asList(environment.getActiveProfiles()).contains("nodemo");
        if (!production && !nodemo && !ExternalDatabase.isConfigured(environment)) {
            environment.addActiveProfile(DEMO);
        }
        // the profile is added after the configuration files were read, so a profile file would never be loaded
        if (Arrays.asList(environment.getActiveProfiles()).contains(DEMO)) {
            environment.getPropertySources().addLast(new MapPropertySource("xaso-demo", DEMO_SETTINGS));
        }
    }
}
