package vn.xaso.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Input that breaks a rule the form cannot check by itself (400), naming the offending field. */
public class InvalidInput extends ErrorResponseException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(HttpStatus.BAD_REQUEST, problem(field, message), null);
        this.field = field;
    }

    public String field() {
        return field;
    }

    private static ProblemDetail problem(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + message);
        problem.setTitle("Invalid input");
        problem.setType(URI.create("https://xaso.vn/problems/invalid-input"));
        problem.setProperty("field", field);
        return problem;
    }
}
