package vn.xaso.api;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A caller asking faster than a public service allows (429), told when to try again. */
public class TooManyRequests extends ErrorResponseException {

    public TooManyRequests(Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, NotFound.detail(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                "Too many requests from your address; try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds"), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
    }
}
