package vn.xaso.api;

import org.springframework.http.HttpStatus;

/** An action the current state does not allow, or a change that lost a race with another (409). */
public class Conflict extends Refusal {

    /** {@code code}: the message key (and the problem's {@code code}); {@code args} fill its placeholders. */
    public Conflict(String code, Object... args) {
        super(HttpStatus.CONFLICT, code, args);
    }
}
