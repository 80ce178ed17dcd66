package vn.xaso.api;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A person asking for something more often than its rule allows (429), told in words, and when they may again. */
public class TooOften extends Refusal {

    public TooOften(Duration retryAfter, String code, Object... args) {
        super(HttpStatus.TOO_MANY_REQUESTS, code, args);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
    }
}
