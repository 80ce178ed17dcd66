package vn.xaso.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** What does not exist, or is not the caller's to see: both answer 404 so nothing leaks. */
public class NotFound extends ErrorResponseException {

    public NotFound(String what, Object key) {
        super(HttpStatus.NOT_FOUND, detail(HttpStatus.NOT_FOUND, "Not found", what + " " + key + " was not found"), null);
    }

    static ProblemDetail detail(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
