package vn.xaso.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.xaso.TestClock;

class RequestRateTests {

    @Test
    void aCallerOverTheLimitWaitsForTheNextWindowAndOthersAreNotAffected() {
        TestClock clock = new TestClock();
        clock.set("2026-12-02T08:00:00");
        RequestRate rate = new RequestRate(3, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 3; i++) {
            rate.acquire("10.0.0.1");
        }
        assertThatThrownBy(() -> rate.acquire("10.0.0.1")).isInstanceOf(TooManyRequests.class)
                .satisfies(e -> assertThat(((TooManyRequests) e).getHeaders().getFirst("Retry-After")).isEqualTo("60"));
        rate.acquire("10.0.0.2");
        clock.advance(Duration.ofSeconds(61));
        rate.acquire("10.0.0.1");
    }
}
