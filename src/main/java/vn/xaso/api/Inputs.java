package vn.xaso.api;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;

/** What every form and query parameter needs: blanks treated as absent, and service errors shown on the form. */
public final class Inputs {

    private Inputs() {
    }

    /** The trimmed value, or null for null, empty or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The trimmed value; a missing or blank one is refused naming the field ({@code input.required}). */
    public static String required(String field, String value) {
        return required(field, value, "input.required");
    }

    /** The trimmed value; a missing or blank one is refused naming the field, with the message {@code code}. */
    public static String required(String field, String value, String code) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, code, field);
        }
        return value.strip();
    }

    /**
     * Puts a rule the service enforced onto the form, beside its field if the form has one, else at the top; the page
     * writes it in the reader's language from its message key.
     */
    public static void reject(BindingResult errors, ErrorResponseException e) {
        String code = e.getDetailMessageCode();
        Object[] args = e.getDetailMessageArguments();
        String fallback = e.getBody().getDetail();
        if (e instanceof InvalidInput invalid && errors.getFieldType(invalid.field()) != null) {
            errors.rejectValue(invalid.field(), code, args, fallback);
        } else {
            errors.reject("form.failed", new Object[] {new DefaultMessageSourceResolvable(new String[] {code}, args, fallback)},
                    fallback);
        }
    }
}
