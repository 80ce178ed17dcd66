package vn.xaso.integration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.xaso.api.Unavailable;
import vn.xaso.audit.AuditEvent;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.organization.Organization;

/**
 * Every night, the dossiers handed in the day before are counted against the national portal's
 * ({@code GET {dvcqg}/dossiers?ngay=yyyyMMdd}): a dossier the portal lacks although all its messages were delivered is
 * sent again as it stands now; one whose messages are still waiting is left to them. The outcome of each day is kept
 * (how many here, how many there, what was sent again, what was still on its way).
 */
@Service
public class PortalReconciliation {

    /** A day's count: ours and the portal's, the dossiers sent again, and those whose messages were still waiting. */
    public record Outcome(LocalDate day, int ours, int theirs, List<String> resent, int pending, Instant checkedAt) {
    }

    private final DossierDesk desk;
    private final PortalSync sync;
    private final PortalMessages messages;
    private final JdbcClient jdbc;
    private final Environment environment;
    private final IntegrationProperties properties;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Link link;
    private final HttpClient http;

    PortalReconciliation(HttpClient http, DossierDesk desk, PortalSync sync, PortalMessages messages, JdbcClient jdbc,
            Environment environment, IntegrationProperties properties, JsonMapper json, ApplicationEventPublisher events,
            Clock clock, PortalSender sender, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.desk = desk;
        this.sync = sync;
        this.messages = messages;
        this.jdbc = jdbc;
        this.environment = environment;
        this.properties = properties;
        this.json = json;
        this.events = events;
        this.clock = clock;
        this.link = sender.link();
        this.http = http;
    }

    @Scheduled(cron = "${xaso.integration.dvcqg.reconcile-at:0 30 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "integration.portal-reconciliation", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void nightly() {
        try {
            reconcile(LocalDate.now(clock.withZone(Organization.ZONE)).minusDays(1));
        } catch (Unavailable e) {
            // the portal cannot answer tonight: the administrators' page shows the day as not reconciled
        }
    }

    /**
     * Counts the day's dossiers against the portal's and sends again what it lacks.
     *
     * @throws Unavailable when the portal is not connected or cannot answer
     */
    public Outcome reconcile(LocalDate day) {
        String url = Urls.of(environment, "xaso.integration.dvcqg.url")
                .orElseThrow(() -> new Unavailable(3600, "integration.dvcqg.not-connected"));
        Set<String> theirs;
        try {
            theirs = link.call(() -> portalHas(url, day));
        } catch (Link.Failure | Link.Refused e) {
            throw new Unavailable((int) properties.openFor().toSeconds(), "integration.dvcqg.unavailable");
        }
        List<String> ours = desk.submittedOn(day);
        List<String> resent = new ArrayList<>();
        int pending = 0;
        for (String code : ours) {
            if (theirs.contains(code)) {
                continue;
            }
            if (messages.outbox().waitingFor(code)) {
                pending++;
            } else {
                sync.sendAgain(code);
                resent.add(code);
            }
        }
        Outcome outcome = new Outcome(day, ours.size(), theirs.size(), resent, pending, clock.instant());
        transactions.executeWithoutResult(status -> record(outcome));
        return outcome;
    }

    private void record(Outcome outcome) {
        jdbc.sql("""
                insert into portal_reconciliation (day, ours, theirs, resent, pending, checked_at) values (?, ?, ?, ?, ?, ?)
                on conflict (day) do update set ours = excluded.ours, theirs = excluded.theirs, resent = excluded.resent,
                    pending = excluded.pending, checked_at = excluded.checked_at""")
                .params(Date.valueOf(outcome.day()), outcome.ours(), outcome.theirs(), String.join("\n", outcome.resent()),
                        outcome.pending(), Timestamp.from(outcome.checkedAt())).update();
        events.publishEvent(AuditEvent.of("integration.dvcqg.reconcile", null, "day", outcome.day().toString(), null,
                Map.of("ours", Integer.toString(outcome.ours()), "theirs", Integer.toString(outcome.theirs()),
                        "resent", Integer.toString(outcome.resent().size()))));
    }

    /** The latest days reconciled, newest first. */
    public List<Outcome> latest(int days) {
        return jdbc.sql("select day, ours, theirs, resent, pending, checked_at from portal_reconciliation order by day desc limit ?")
                .param(days)
                .query((rs, n) -> new Outcome(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getInt(3),
                        rs.getString(4) == null || rs.getString(4).isEmpty() ? List.of() : List.of(rs.getString(4).split("\n")),
                        rs.getInt(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    private Set<String> portalHas(String url, LocalDate day) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/dossiers?ngay=" + DateTimeFormatter.BASIC_ISO_DATE.format(day)))
                .timeout(properties.readTimeout()).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = Http.exchange(http, request);
        if (response.statusCode() != 200) {
            throw new Link.Failure("HTTP " + response.statusCode());
        }
        try {
            JsonNode codes = json.readTree(response.body()).get("maHoSo");
            if (codes == null || !codes.isArray()) {
                throw new Link.Failure("malformed answer: no maHoSo");
            }
            Set<String> has = new HashSet<>();
            codes.forEach(code -> has.add(code.asString()));
            return has;
        } catch (tools.jackson.core.JacksonException e) {
            throw new Link.Failure("malformed answer: " + e.getMessage(), e);
        }
    }
}
