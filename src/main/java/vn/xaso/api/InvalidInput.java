package vn.xaso.api;

import org.springframework.http.HttpStatus;

/** Input that breaks a rule the form cannot check by itself (400), naming the offending field. */
public class InvalidInput extends Refusal {

    private final String field;

    /** {@code code}: the message key (and the problem's {@code code}); {@code args} fill its placeholders. */
    public InvalidInput(String field, String code, Object... args) {
        super(HttpStatus.BAD_REQUEST, code, args);
        this.field = field;
        getBody().setProperty("field", field);
    }

    public String field() {
        return field;
    }
}
