package vn.xaso.dossier;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.xaso.api.RequestRate;

/**
 * Public tracking (a dossier's code and its applicant's ID number) cannot be used to guess ID numbers: at most
 * {@code xaso.dossier.tracking.per-minute} lookups a minute from one address, and after
 * {@code xaso.dossier.tracking.failures-per-code} wrong numbers for one code from one address, that code answers
 * nothing more to it for ten minutes (429 with Retry-After). Counted per node, like the other public limits.
 */
@Component
class TrackingLimits {

    private final RequestRate perAddress;
    private final RequestRate failuresPerCode;

    TrackingLimits(Clock clock, @Value("${xaso.dossier.tracking.per-minute:20}") int perMinute,
            @Value("${xaso.dossier.tracking.failures-per-code:5}") int failuresPerCode) {
        this.perAddress = new RequestRate(perMinute, Duration.ofMinutes(1), clock);
        this.failuresPerCode = new RequestRate(failuresPerCode, Duration.ofMinutes(10), clock);
    }

    /** Before a lookup from {@code address}: refuses when it asks too fast, or has guessed wrong too often for this code. */
    void admit(String address, String code) {
        failuresPerCode.refuseIfSpent(address + " " + code);
        perAddress.acquire(address);
    }

    void failed(String address, String code) {
        failuresPerCode.record(address + " " + code);
    }
}
