package vn.xaso.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a form or multipart body before anything else does: one without a boundary, cut short or too large is
 * answered here with a 400 or 413 problem. Left to Tomcat, the first {@code getParameter} or {@code getParts}
 * anywhere would throw, deep inside security, the dispatcher or a controller, and the caller would get a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UnreadableForms extends OncePerRequestFilter {

    private final JsonMapper json;

    UnreadableForms(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        try {
            if (type.startsWith("multipart/")) {
                request.getParts(); // Tomcat parses the whole body here, once
            } else if (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
                request.getParameterMap();
            }
        } catch (IOException | ServletException | RuntimeException e) {
            refuse(response, isTooLarge(e));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SizeException) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletResponse response, boolean tooLarge) throws IOException {
        ProblemDetail problem = tooLarge
                ? ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                        "The upload is larger than allowed (a file at most 20 MB, a request at most 50 MB)")
                : ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                        "The form body cannot be read (a multipart body needs its boundary and complete parts)");
        problem.setProperty("field", "body");
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
