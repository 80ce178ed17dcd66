package vn.xaso.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 on the API as RFC 9457 problem details, not an HTML page. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof OAuth2AuthenticationException) {
            // a bearer token that is not good: say why (expired, not meant for xaso, not an official's)
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", exception.getMessage());
            return;
        }
        if (browsing(request)) {
            // a person following a download link with no session: the login page, not the browser's own password box
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"xaso\"");
        String detail = "Log in with a valid username and password (HTTP Basic) or a bearer token of the province";
        write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
    }

    /** A browser's navigation (it asks for a page first), not a program calling the API. */
    private static boolean browsing(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("Authorization") == null && accept != null && accept.contains("text/html");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        var principal = SecurityContextHolder.getContext().getAuthentication();
        String who = principal != null && principal.getPrincipal() instanceof UserDetails user ? user.getUsername() : "you";
        write(request, response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this (" + who + ")");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
