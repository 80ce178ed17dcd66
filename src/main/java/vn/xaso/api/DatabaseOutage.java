package vn.xaso.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database cannot be reached for a moment (PostgreSQL failing over to its standby, restarting, or no connection
 * free within {@code spring.datasource.hikari.connection-timeout}): the request is answered 503 with
 * {@code Retry-After}, a problem detail for the API and a short page for people, never a 500. The change was not made
 * — or, where the connection broke as it was committed, it may have been: sending it again is safe either way, an
 * action already taken is refused with 409. Sits before every other filter, so that the session store and security,
 * which read the database too, are covered.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseOutage extends OncePerRequestFilter {

    /** A failover takes 2 s (planned) to 25 s (the primary dead): ask again soon, it costs nothing. */
    static final int RETRY_AFTER_SECONDS = 1;
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    /** Connection lost or refused (08…), the server shutting down or starting (57P0…), a standby that cannot write (25006). */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "25006");

    private final JsonMapper json;
    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> locales;

    DatabaseOutage(JsonMapper json, MessageSource messages, ObjectProvider<LocaleResolver> locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    /** Whether {@code failure} comes from the database being out of reach rather than from the request. */
    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // a transaction that could not begin, commit or roll back: the connection or the server failed under it
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof TransactionSystemException
                    || t instanceof TransientDataAccessResourceException || t instanceof RecoverableDataAccessException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The API's answer (see {@code ApiProblems}). */
    static ResponseEntity<ProblemDetail> answer() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS)).body(problem());
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database cannot be reached for a moment (switching to its standby, or overloaded). Send the request again in a "
                        + "few seconds: a change that was made after all (the connection broke as it was saved) is then refused with 409, "
                        + "never made twice");
        problem.setTitle("Service unavailable");
        problem.setProperty("retryAfterSeconds", RETRY_AFTER_SECONDS);
        return problem;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!is(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database out of reach for {} {}: {}", request.getMethod(), request.getRequestURI(), rootOf(e));
            response.resetBuffer();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
            if (wantsPage(request)) {
                response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
                String text = HtmlUtils.htmlEscape(messages.getMessage("error.database-unavailable", null, locale(request)), "UTF-8");
                // a page asked for again shows itself once the database is back; a form sent is not sent again by itself
                String refresh = "GET".equals(request.getMethod())
                        ? "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\">" : "";
                response.getWriter().write("<!doctype html><html><head><meta charset=\"utf-8\">" + refresh
                        + "<title>xaso</title></head><body><p>" + text + "</p></body></html>");
            } else {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(response.getOutputStream(), problem());
            }
        }
    }

    /** The page's language as the application chooses it (its own setting, Vietnamese by default): this runs before it is set. */
    private java.util.Locale locale(HttpServletRequest request) {
        LocaleResolver resolver = locales.getIfAvailable();
        return resolver != null ? resolver.resolveLocale(request) : request.getLocale();
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/") && accept != null && accept.contains("text/html");
    }

    private static String rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
    }
}
