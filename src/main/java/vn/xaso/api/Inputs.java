package vn.xaso.api;

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

    /** Puts a rule the service enforced onto the form: beside its field if the form has one, else at the top. */
    public static void reject(BindingResult errors, ErrorResponseException e) {
        String detail = e.getBody().getDetail();
        if (e instanceof InvalidInput invalid && errors.getFieldType(invalid.field()) != null) {
            errors.rejectValue(invalid.field(), "form.invalid", detail);
        } else {
            errors.reject("form.failed", new Object[] {detail}, detail);
        }
    }
}
