package vn.xaso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private final Instant t0 = Instant.parse("2026-12-02T01:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Limits(10, Duration.ofMinutes(15)),
            new LoginThrottle.Limits(3, Duration.ofMinutes(15)), new LoginThrottle.Limits(20, Duration.ofMinutes(1)));

    @Test
    void afterTheFreeFailuresEachOneDoublesTheWaitUpToTheCeiling() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("203.0.113.9", "motcua.binhan", t0);
        }
        assertThat(throttle.holds("203.0.113.9", "motcua.binhan", t0)).isFalse();
        throttle.failed("203.0.113.9", "motcua.binhan", t0);
        assertThat(throttle.holds("203.0.113.9", "motcua.binhan", t0.plusMillis(999))).isTrue();
        assertThat(throttle.holds("203.0.113.9", "motcua.binhan", t0.plusSeconds(1))).isFalse();
        throttle.failed("203.0.113.9", "motcua.binhan", t0.plusSeconds(1));
        assertThat(throttle.holds("203.0.113.9", "motcua.binhan", t0.plusMillis(2999))).isTrue();
        assertThat(throttle.holds("198.51.100.7", "motcua.binhan", t0.plusSeconds(2))).as("the official's own desk").isFalse();
        assertThat(LoginThrottle.delay(30, Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.delay(3, Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void guessingManyUsernamesFromOneAddressHoldsTheAddress() {
        for (int i = 0; i < 11; i++) {
            throttle.failed("203.0.113.9", "user" + i, t0);
        }
        assertThat(throttle.holds("203.0.113.9", "someone.else", t0)).isTrue();
        assertThat(throttle.holds("198.51.100.7", "someone.else", t0)).isFalse();
    }

    @Test
    void manySourcesAgainstOneAccountDelayItBrieflyAndItsOwnerClearsIt() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("203.0.113." + i, "lanhdao.binhan", t0);
        }
        assertThat(throttle.holds("198.51.100.7", "lanhdao.binhan", t0)).isTrue();
        assertThat(throttle.holds("198.51.100.7", "lanhdao.binhan", t0.plusSeconds(61))).as("never more than a minute").isFalse();
        throttle.succeeded("198.51.100.7", "lanhdao.binhan");
        assertThat(throttle.holds("198.51.100.7", "lanhdao.binhan", t0)).isFalse();
    }

    @Test
    void failuresAreForgottenAfterAQuarterOfAnHourWithoutAnother() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("203.0.113.9", "motcua.binhan", t0);
        }
        throttle.failed("203.0.113.9", "motcua.binhan", t0.plus(Duration.ofMinutes(16)));
        assertThat(throttle.holds("203.0.113.9", "motcua.binhan", t0.plus(Duration.ofMinutes(16)))).isFalse();
    }
}
