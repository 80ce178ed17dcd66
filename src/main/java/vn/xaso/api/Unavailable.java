package vn.xaso.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A national service that cannot answer now (503): down, too slow, erroring, or its circuit open. The user goes on
 * without it (e.g. types the applicant's data by hand); the caller may try again after {@code retryAfterSeconds}.
 */
public class Unavailable extends Refusal {

    public Unavailable(int retryAfterSeconds, String code, Object... args) {
        super(HttpStatus.SERVICE_UNAVAILABLE, code, args);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Integer.toString(Math.max(1, retryAfterSeconds)));
    }
}
