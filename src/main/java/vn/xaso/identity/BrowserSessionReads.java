package vn.xaso.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * On the API, a logged-in browser's web session counts for reading only ({@code GET}, {@code HEAD}): the pages' download
 * links — Biểu 06, the ranking, the registers — work for whoever is logged in, with or without a password (single
 * sign-on). A change through the API still needs HTTP Basic or a bearer token: the API takes no CSRF token. The API
 * never creates or writes a session.
 */
final class BrowserSessionReads implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return reading(request) ? sessions.loadDeferredContext(request) : Nothing.INSTANCE;
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // read only
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return reading(request) && sessions.containsContext(request);
    }

    private static boolean reading(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private enum Nothing implements DeferredSecurityContext {
        INSTANCE;

        @Override
        public SecurityContext get() {
            return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        }

        @Override
        public boolean isGenerated() {
            return true;
        }
    }
}
