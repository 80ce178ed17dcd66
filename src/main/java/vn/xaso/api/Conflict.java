package vn.xaso.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** An action the current state does not allow, or a change that lost a race with another (409). */
public class Conflict extends ErrorResponseException {

    public Conflict(String detail) {
        super(HttpStatus.CONFLICT, NotFound.detail(HttpStatus.CONFLICT, "Conflict", detail), null);
    }
}
