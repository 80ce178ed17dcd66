package vn.xaso.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before a logged-in page is served: has the session been ended (on any node: a logout at the identity provider, the
 * official's access changed)? And, every {@code xaso.sso.recheck-every}, does the provider still let this person in
 * (a refused token refresh: disabled or logged out there)? If not, the session ends and the person goes to the
 * login page. A provider that cannot be reached ends no session: it is asked again at the next request.
 */
class SessionGuard extends OncePerRequestFilter {

    static final String CHECKED_AT = "xaso.sso.checked-at";
    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    private final WebSessions sessions;
    private final ProviderSessions providers;

    SessionGuard(WebSessions sessions, ProviderSessions providers) {
        this.sessions = sessions;
        this.providers = providers;
    }

    /** Stylesheets, scripts and pictures change nothing and show nothing of anyone's: not worth a question each. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && CurrentUser.of(authentication == null ? null : authentication.getPrincipal()).isPresent()
                && !stillOpen(session, authentication, request, response)) {
            sessions.forget(session.getId());
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillOpen(HttpSession session, Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        if (sessions.ended(session.getId())) {
            return false;
        }
        if (!(authentication instanceof OAuth2AuthenticationToken sso)) {
            return true;
        }
        Instant checked = (Instant) session.getAttribute(CHECKED_AT);
        Instant now = Instant.now();
        if (checked != null && checked.plus(providers.recheckEvery()).isAfter(now)) {
            return true;
        }
        try {
            boolean allowed = providers.stillAllowed(sso, request, response);
            session.setAttribute(CHECKED_AT, now);
            if (!allowed) {
                log.info("The identity provider no longer lets {} in: session ended", sso.getName());
            }
            return allowed;
        } catch (RuntimeException unreachable) {
            log.warn("Could not ask the identity provider about {}: {}", sso.getName(), unreachable.toString());
            return true;
        }
    }
}
