package vn.xaso.signing.web;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.xaso.api.RequestRate;

/** Anyone may check a signed PDF, a few times a minute per address: checking costs CPU (the API and the page share it). */
@Component
class PublicChecks {

    private final RequestRate rate;

    PublicChecks(Clock clock, @Value("${xaso.signing.public-checks-per-minute:20}") int perMinute) {
        this.rate = new RequestRate(perMinute, Duration.ofMinutes(1), clock);
    }

    /** Counts one check from {@code address}; 429 when over the budget. */
    void count(String address) {
        rate.acquire(address);
    }
}
