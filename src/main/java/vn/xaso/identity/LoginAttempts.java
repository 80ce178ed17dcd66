package vn.xaso.identity;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.audit.AuditEvent;

/**
 * Puts every interactive login, logout and every failed attempt on the audit trail ({@code login.throttled} when
 * the attempt was held back by the growing delays and not even checked).
 */
@Component
class LoginAttempts {

    private final ApplicationEventPublisher events;

    LoginAttempts(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    @Transactional
    public void on(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String action = event.getException() instanceof PasswordLogin.LoginRefused refused && refused.held()
                ? "login.throttled" : "login.failed";
        events.publishEvent(new AuditEvent(Instant.now(), username, null, action, "account", username, null,
                event.getException().getClass().getSimpleName()));
    }

    @EventListener
    @Transactional
    public void on(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        String unit = CurrentUser.of(event.getAuthentication().getPrincipal()).map(XasoUser::unitCode).orElse(null);
        events.publishEvent(new AuditEvent(Instant.now(), username, unit, "logout", "account", username, null, null));
    }

    @EventListener
    @Transactional
    public void on(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        String unit = CurrentUser.of(event.getAuthentication().getPrincipal()).map(XasoUser::unitCode).orElse(null);
        events.publishEvent(new AuditEvent(Instant.now(), username, unit, "login", "account", username, null, null));
    }
}
