package vn.xaso.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.calendar.Calendars;
import vn.xaso.catalog.Catalog;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;
import vn.xaso.organization.Unit;

/**
 * Every working-day morning (07:00, {@code xaso.notification.digest-cron}), each leader with an e-mail address gets
 * the list of their unit's overdue dossiers — the longest overdue first, each with its procedure, applicant and how
 * late — when there is one; once a day (the day is the idempotency key), through the notifications' outbox.
 */
@Component
class LeaderDigest {

    private static final int LISTED = 50;
    private static final int PAGE = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Organization organization;
    private final Calendars calendars;
    private final DossierDesk desk;
    private final Catalog catalog;
    private final Notifications notifications;
    private final NoticeChannels channels;
    private final Environment environment;
    private final Clock clock;

    LeaderDigest(Organization organization, Calendars calendars, DossierDesk desk, Catalog catalog,
            Notifications notifications, NoticeChannels channels, Environment environment, Clock clock) {
        this.channels = channels;
        this.organization = organization;
        this.calendars = calendars;
        this.desk = desk;
        this.catalog = catalog;
        this.notifications = notifications;
        this.environment = environment;
        this.clock = clock;
    }

    /** Queues today's digests; returns how many leaders get one. */
    @Scheduled(cron = "${xaso.notification.digest-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "notification.leader-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    @Transactional
    public int send() {
        if (!channels.configured(Channel.EMAIL)) {
            return 0;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Organization.ZONE);
        int sent = 0;
        String after = null;
        List<Official> page;
        do {
            page = organization.officials(null, null, after, PAGE);
            for (Official leader : page) {
                if (leader.active() && leader.hasRole(Role.LEADER) && leader.email() != null
                        && calendars.forUnit(leader.unitCode()).isWorkingDay(today)) {
                    sent += digest(leader, today, now) ? 1 : 0;
                }
            }
            after = page.isEmpty() ? null : page.get(page.size() - 1).username();
        } while (page.size() == PAGE);
        return sent;
    }

    private boolean digest(Official leader, LocalDate today, Instant now) {
        List<Dossier> overdue = desk.overdueIn(leader.unitCode(), now, LISTED);
        if (overdue.isEmpty()) {
            return false;
        }
        String unit = organization.unit(leader.unitCode()).map(Unit::name).orElse(leader.unitCode());
        StringBuilder body = new StringBuilder("Kính gửi " + leader.fullName() + ",\n\n" + unit + " có "
                + (overdue.size() == LISTED ? "từ " + LISTED + " hồ sơ quá hạn trở lên" : overdue.size() + " hồ sơ quá hạn")
                + " (quá hạn lâu nhất ở trên):\n\n");
        for (Dossier d : overdue) {
            long days = Math.max(1, Duration.between(d.appointment().legalDueAt(), now).toDays());
            body.append("- ").append(d.code()).append(" — ")
                    .append(catalog.version(d.procedureCode(), d.procedureVersion()).name()).append(" — ")
                    .append(d.applicant().fullName()).append(" — hạn ")
                    .append(DAY.format(d.appointment().legalDueAt().atZone(Organization.ZONE)))
                    .append(" (quá ").append(days).append(" ngày)\n");
        }
        body.append("\nXem và đôn đốc: ").append(environment.getProperty("xaso.public-url", "http://localhost:8080"))
                .append("/reports\n");
        String subject = NoticeTexts.fill(Notice.DIGEST.defaultSubject(), Map.of("unit", unit, "date", DAY.format(today)));
        notifications.enqueue("digest:" + leader.username() + ":" + today, null, leader.unitCode(), Notice.DIGEST,
                Channel.EMAIL, leader.email(), new NoticeTexts.Text(subject, body.toString()), null, now);
        return true;
    }
}
