package vn.xaso.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.archive.HandOverSealed;
import vn.xaso.archive.HandOverToSign;
import vn.xaso.calendar.Calendars;
import vn.xaso.calendar.WorkingDuration;
import vn.xaso.document.DocumentReminded;
import vn.xaso.dossier.Money;
import vn.xaso.dossier.PaymentUnsettled;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;
import vn.xaso.signing.SignerMethodReset;
import vn.xaso.workflow.Task;
import vn.xaso.workflow.TaskOpened;
import vn.xaso.workflow.Workflows;

/**
 * The officials' bell: a notice when a task is opened for them (or for their role in their unit), when one of their
 * tasks is due within four working hours, when it is overdue, when a leader urges them on (đôn đốc), and when an
 * administrator changed their account's signing (a reset), when a hand-over record waits for their signature (and, for
 * the administrator, once both signed). Each once;
 * read when they open it or mark all read.
 */
@Service
public class OfficialNotices {

    public enum Kind { NEW_TASK, DUE_SOON, OVERDUE, REMINDER, ACCOUNT, PAYMENT, SIGNATURE }

    /** One notice under the bell. */
    public record Entry(long id, Kind kind, String title, String href, Instant dueAt, Instant createdAt, Instant readAt) {
    }

    private static final WorkingDuration SOON = WorkingDuration.workingHours(java.math.BigDecimal.valueOf(4));
    private static final int SCANNED = 20_000;

    private final JdbcClient jdbc;
    private final Workflows workflows;
    private final Calendars calendars;
    private final Organization organization;
    private final Clock clock;

    OfficialNotices(JdbcClient jdbc, Workflows workflows, Calendars calendars, Organization organization, Clock clock) {
        this.jdbc = jdbc;
        this.workflows = workflows;
        this.calendars = calendars;
        this.organization = organization;
        this.clock = clock;
    }

    @EventListener
    void on(TaskOpened task) {
        String title = title(task.stepName(), task.title(), task.kind(), task.ref());
        for (String username : recipients(task.assignee(), task.unitCode(), task.role(), new HashMap<>())) {
            add(username, Kind.NEW_TASK, "task:" + task.taskId(), title, href(task.kind(), task.ref()), task.dueAt(), task.at());
        }
    }

    @EventListener
    void on(DocumentReminded reminded) {
        if (reminded.mainHandler() != null) {
            add(reminded.mainHandler(), Kind.REMINDER, "document:" + reminded.documentId() + ":" + reminded.at().toEpochMilli(),
                    "Lãnh đạo đôn đốc: " + reminded.text(), "/documents/" + reminded.documentId(), null, reminded.at());
        }
    }

    /** Money taken online for a dossier that could not take it: the unit's counter settles it (receives, or refunds). */
    @EventListener
    void on(PaymentUnsettled unsettled) {
        String title = "Hồ sơ " + unsettled.code() + ": đã thu " + Money.figures(unsettled.amount())
                + " đồng trực tuyến, chờ xử lý — " + unsettled.why();
        for (String username : recipients(null, unsettled.unitCode(), Role.COUNTER, new HashMap<>())) {
            add(username, Kind.PAYMENT, "payment:" + unsettled.code(), cut(title), "/dossiers/" + unsettled.code(), null,
                    unsettled.at());
        }
    }

    /** Something changed on the official's own account that they did not do themselves. */
    @EventListener
    void on(SignerMethodReset reset) {
        add(reset.username(), Kind.ACCOUNT, "signer-reset:" + reset.at().toEpochMilli(),
                "Quản trị " + reset.by() + " đã đặt lại cách xác nhận chữ ký số của bạn (" + reset.reason()
                        + "). Hãy chọn lại mã PIN hoặc ký số từ xa trên trang Tài khoản của tôi.", "/profile", null, reset.at());
    }

    /** A hand-over record waits for the official's own signature. */
    @EventListener
    void on(HandOverToSign toSign) {
        add(toSign.username(), Kind.SIGNATURE, "hand-over:" + toSign.handOverId(), "Biên bản bàn giao công việc số "
                + toSign.handOverId() + " chờ bạn ký (" + (toSign.giver() ? "bên giao" : "bên nhận") + ")",
                "/hand-overs/" + toSign.handOverId(), null, toSign.at());
    }

    /** The administrator who handed over learns that the record is complete. */
    @EventListener
    void on(HandOverSealed sealed) {
        add(sealed.administrator(), Kind.SIGNATURE, "hand-over-sealed:" + sealed.handOverId(), "Biên bản bàn giao công việc số "
                + sealed.handOverId() + " đã đủ chữ ký hai bên và dấu của cơ quan", "/hand-overs/" + sealed.handOverId(), null,
                sealed.at());
    }

    /**
     * Every five minutes: a notice for each open task due within four working hours of its unit's calendar, and for
     * each overdue one (once each).
     */
    @Scheduled(initialDelayString = "${xaso.notification.deadlines-every:PT5M}", fixedDelayString = "${xaso.notification.deadlines-every:PT5M}")
    @SchedulerLock(name = "notification.deadline-reminders", lockAtMostFor = "PT10M")
    @Transactional
    public int remindOfDeadlines() {
        Instant now = clock.instant();
        Map<String, Instant> soonByUnit = new HashMap<>();
        Map<String, List<String>> holders = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        for (Task task : workflows.openTasksDueBefore(now.plus(7, ChronoUnit.DAYS), SCANNED)) {
            Instant soon = soonByUnit.computeIfAbsent(task.unitCode(), unit -> calendars.forUnit(unit).due(now, SOON));
            Kind kind = task.dueAt().isBefore(now) ? Kind.OVERDUE : !task.dueAt().isAfter(soon) ? Kind.DUE_SOON : null;
            if (kind == null) {
                continue;
            }
            String title = cut(title(task.stepName(), task.title(), task.kind(), task.ref()));
            for (String username : recipients(task.assignee(), task.unitCode(), task.role(), holders)) {
                rows.add(new String[] {username, kind.name(), "task:" + task.id(), title, href(task.kind(), task.ref()),
                        task.dueAt().toString()});
            }
        }
        // one statement for the whole scan: the notices given at earlier scans are skipped by the database
        return rows.isEmpty() ? 0 : jdbc.sql("""
                insert into official_notice (username, kind, ref, title, href, due_at, created_at)
                select u, k, r, t, h, d, ? from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                    ?::varchar[]::timestamptz[]) as n(u, k, r, t, h, d)
                on conflict (username, kind, ref) do nothing""")
                .params(Timestamp.from(now), column(rows, 0), column(rows, 1), column(rows, 2), column(rows, 3), column(rows, 4),
                        column(rows, 5))
                .update();
    }

    private static String[] column(List<String[]> rows, int index) {
        return rows.stream().map(row -> (String) row[index]).toArray(String[]::new);
    }

    /** How many notices the official has not read (the bell's number). */
    @Transactional(readOnly = true)
    public long unread(XasoUser user) {
        return jdbc.sql("select count(*) from official_notice where username = ? and read_at is null")
                .param(user.getUsername()).query(Long.class).single();
    }

    /** The official's notices, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> of(XasoUser user, int limit) {
        return jdbc.sql("""
                select id, kind, title, href, due_at, created_at, read_at from official_notice where username = ?
                order by id desc limit ?""")
                .params(user.getUsername(), limit)
                .query((rs, n) -> new Entry(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        instant(rs.getTimestamp(5)), rs.getTimestamp(6).toInstant(), instant(rs.getTimestamp(7))))
                .list();
    }

    /** Marks a notice read and returns where it leads (only the official's own). */
    @Transactional
    public String open(XasoUser user, long id) {
        return jdbc.sql("update official_notice set read_at = coalesce(read_at, ?) where id = ? and username = ? returning href")
                .params(Timestamp.from(clock.instant()), id, user.getUsername()).query(String.class).optional()
                .orElseThrow(() -> new vn.xaso.api.NotFound("Notice", id));
    }

    @Transactional
    public int markAllRead(XasoUser user) {
        return jdbc.sql("update official_notice set read_at = ? where username = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), user.getUsername()).update();
    }

    /** The task's own official, else whoever holds its role in its unit (as the inbox shows it). */
    private List<String> recipients(String assignee, String unitCode, Role role, Map<String, List<String>> holders) {
        if (assignee != null) {
            return List.of(assignee);
        }
        if (role == null || unitCode == null) {
            return List.of();
        }
        return holders.computeIfAbsent(unitCode + "/" + role, k -> {
            List<String> found = new ArrayList<>();
            for (Official o : organization.officials(unitCode, null, null, 200)) {
                if (o.active() && o.hasRole(role)) {
                    found.add(o.username());
                }
            }
            return found;
        });
    }

    private int add(String username, Kind kind, String ref, String title, String href, Instant dueAt, Instant at) {
        return jdbc.sql("""
                insert into official_notice (username, kind, ref, title, href, due_at, created_at) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (username, kind, ref) do nothing""")
                .params(username, kind.name(), ref, cut(title), href,
                        dueAt == null ? null : Timestamp.from(dueAt), Timestamp.from(at))
                .update();
    }

    private static String cut(String title) {
        return title.length() > 600 ? title.substring(0, 600) : title;
    }

    /** The step and what it is about; a dossier with its code, which officials and citizens quote. */
    private static String title(String step, String title, String kind, String ref) {
        return step + ": " + title + ("DOSSIER".equals(kind) ? " (" + ref + ")" : "");
    }

    private static String href(String kind, String ref) {
        return "/" + kind.toLowerCase(Locale.ROOT) + "s/" + ref;
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
