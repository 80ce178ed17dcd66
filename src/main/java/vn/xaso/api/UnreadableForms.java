package vn.xaso.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a form or multipart body before anything else does: one without a boundary, cut short or too large is
 * answered here with a 400 or 413 problem. Left to Tomcat, the first {@code getParameter} anywhere would throw,
 * deep inside security or a controller, and the caller would get a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UnreadableForms extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && isForm(type)) {
            try {
                request.getParameterMap(); // Tomcat parses the whole body (and its parts) here
            } catch (RuntimeException e) {
                refuse(response, isTooLarge(e) ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST, isTooLarge(e)
                        ? "The upload is larger than allowed (a file at most 20 MB, a request at most 50 MB)"
                        : "The form body cannot be read (a multipart body needs its boundary and complete parts)");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isForm(String contentType) {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE) || type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("SizeLimitExceeded") || t.getClass().getSimpleName().contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\",\"field\":\"body\"}");
    }
}
