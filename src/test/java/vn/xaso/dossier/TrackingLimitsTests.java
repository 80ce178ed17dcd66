package vn.xaso.dossier;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.xaso.api.TooManyRequests;

/** How fast one address may track dossiers, and how often it may be wrong about one. */
class TrackingLimitsTests {

    private final TrackingLimits limits = new TrackingLimits(Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC), 20, 5);

    @Test
    void twentyLookupsAMinuteFromOneAddressThenNoMore() {
        for (int i = 0; i < 20; i++) {
            limits.admit("203.0.113.9", "H40.01-261207-" + i);
        }
        assertThatThrownBy(() -> limits.admit("203.0.113.9", "H40.01-261207-99")).isInstanceOf(TooManyRequests.class);
        assertThatCode(() -> limits.admit("203.0.113.10", "H40.01-261207-99")).doesNotThrowAnyException();
    }

    @Test
    void fiveWrongNumbersForACodeCloseItToThatAddress() {
        for (int i = 0; i < 5; i++) {
            limits.admit("203.0.113.9", "H40.01-261207-0001");
            limits.failed("203.0.113.9", "H40.01-261207-0001");
        }
        assertThatThrownBy(() -> limits.admit("203.0.113.9", "H40.01-261207-0001")).isInstanceOf(TooManyRequests.class);
        assertThatCode(() -> limits.admit("203.0.113.9", "H40.01-261207-0002")).as("another code").doesNotThrowAnyException();
    }
}
