package vn.xaso.integration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How xaso reaches the national services ({@code xaso.integration.*}). Addresses are read when a call is made
 * ({@code xaso.integration.population.url} …), so that the demo's simulator can give its own.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer (the counter is told within about this time)
 * @param window the time over which a breaker judges the calls
 * @param minimumCalls calls in the window before a breaker judges
 * @param openFor how long an open breaker refuses calls before one call tries again
 * @param concurrentCalls calls under way at once per link; more are refused at once
 * @param remember how long an answer of the population database is reused (the counter's lookup, then the check)
 */
@ConfigurationProperties("xaso.integration")
record IntegrationProperties(@DefaultValue("500ms") Duration connectTimeout, @DefaultValue("1500ms") Duration readTimeout,
        @DefaultValue("60s") Duration window, @DefaultValue("3") int minimumCalls, @DefaultValue("20s") Duration openFor,
        @DefaultValue("8") int concurrentCalls, @DefaultValue("10m") Duration remember) {

    Link.Settings settings() {
        return new Link.Settings(window, minimumCalls, 50, readTimeout, openFor, concurrentCalls);
    }
}
