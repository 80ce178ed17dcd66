package vn.xaso.api;

import java.util.Locale;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** What does not exist, or is not the caller's to see: both answer 404 so nothing leaks. */
public class NotFound extends Refusal {

    /** {@code what} names the thing (message key {@code thing.<what>}), {@code key} which one. */
    public NotFound(String what, Object key) {
        super(HttpStatus.NOT_FOUND, "not-found", thing(what), key);
        getBody().setDetail(what + " " + key + " was not found");
    }

    private static DefaultMessageSourceResolvable thing(String what) {
        String key = "thing." + what.toLowerCase(Locale.ROOT).replace(' ', '-');
        return new DefaultMessageSourceResolvable(new String[] {key}, what);
    }

    static ProblemDetail detail(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
