package vn.xaso.notification.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.identity.CurrentUser;
import vn.xaso.notification.NotificationLog;

/** {@code GET /api/v1/dossiers/{code}/notifications}: what the applicant was told, by which channel, and whether it went. */
@RestController
class NotificationsApi {

    private final NotificationLog log;
    private final CurrentUser currentUser;

    NotificationsApi(NotificationLog log, CurrentUser currentUser) {
        this.log = log;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/dossiers/{code}/notifications")
    List<NotificationLog.Entry> ofDossier(@PathVariable String code) {
        return log.ofDossier(currentUser.get(), code);
    }
}
