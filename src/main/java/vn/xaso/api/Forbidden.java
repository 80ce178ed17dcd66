package vn.xaso.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The caller's role or unit does not allow this (403). */
public class Forbidden extends ErrorResponseException {

    public Forbidden(String detail) {
        super(HttpStatus.FORBIDDEN, NotFound.detail(HttpStatus.FORBIDDEN, "Forbidden", detail), null);
    }
}
