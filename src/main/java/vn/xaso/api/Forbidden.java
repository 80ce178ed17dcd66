package vn.xaso.api;

import org.springframework.http.HttpStatus;

/** The caller's role or unit does not allow this (403). */
public class Forbidden extends Refusal {

    /** {@code code}: the message key (and the problem's {@code code}); {@code args} fill its placeholders. */
    public Forbidden(String code, Object... args) {
        super(HttpStatus.FORBIDDEN, code, args);
    }
}
