package vn.xaso.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request parameter holding the NUL character (which PostgreSQL can neither store nor compare) is refused at the
 * edge: 400 naming the parameter, a problem detail for the API and the error page for people — never a database error
 * answered as a conflict. JSON bodies are checked by {@link StrictText}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacters extends OncePerRequestFilter {

    private final JsonMapper json;
    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> locales;

    NulCharacters(JsonMapper json, MessageSource messages, ObjectProvider<LocaleResolver> locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (holdsNul(parameter.getKey(), parameter.getValue())) {
                    refuse(request, response, parameter.getKey().replace('\u0000', '?'));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean holdsNul(String name, String[] values) {
        if (name.indexOf('\u0000') >= 0) {
            return true;
        }
        for (String value : values) {
            if (value != null && value.indexOf('\u0000') >= 0) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String field) throws IOException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        LocaleResolver resolver = locales.getIfAvailable();
        String detail = messages.getMessage("input.nul", new Object[] {field},
                resolver != null ? resolver.resolveLocale(request) : request.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad Request");
        problem.setProperty("code", "input.nul");
        problem.setProperty("field", field);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
