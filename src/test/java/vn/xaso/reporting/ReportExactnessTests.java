package vn.xaso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xaso.TestClock;
import vn.xaso.XasoTest;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.dossier.Applicant;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.DossierCommand;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.DossierFiles;
import vn.xaso.dossier.NewDossier;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;

/**
 * The rollups are exact: over a generated year of four communes (every channel and outcome, supplements, open
 * dossiers), every Biểu 06 cell from the rollups equals a recount from the dossiers, for several periods, by field
 * and by unit, for a commune and for the province; a rebuild gives the same rollups; a replayed event changes nothing.
 */
@XasoTest
class ReportExactnessTests {

    private static final List<String> UNITS = List.of("H40.70", "H40.71", "H40.72", "H40.73");
    private static final List<String> PROCEDURES = List.of("HN-01", "TT-01", "HKD-01", "KS-01");
    private static final int DOSSIERS = 160;
    private static final XasoUser CITIZEN = XasoUser.citizen("congdan", "037095000001");
    private static final ReportRollups.Rolled NOTHING = new ReportRollups.Rolled(Figures.ZERO, Quality.NONE);
    private static final byte[] SCAN = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Autowired
    TestClock clock;
    @Autowired
    DossierDesk desk;
    @Autowired
    DossierFiles files;
    @Autowired
    Organization organization;
    @Autowired
    ReportRollups rollups;
    @Autowired
    DossierFacts facts;
    @Autowired
    RollupMaintenance maintenance;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyCellFromTheRollupsEqualsARecountFromTheDossiers() {
        generate(new Random(20_29));
        clock.set("2030-02-01T09:00");
        List<Period> periods = List.of(new Period(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 3, 31)),
                new Period(LocalDate.of(2029, 4, 1), LocalDate.of(2029, 6, 30)),
                new Period(LocalDate.of(2029, 5, 15), LocalDate.of(2029, 5, 15)),
                new Period(LocalDate.of(2029, 2, 10), LocalDate.of(2029, 8, 20)),
                new Period(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 12, 31)),
                new Period(LocalDate.of(2029, 7, 1), LocalDate.of(2030, 1, 31)));
        List<List<String>> scopes = List.of(List.of(UNITS.get(0)), UNITS);
        int compared = compareAll(periods, scopes);
        assertThat(compared).as("cells compared").isGreaterThan(400);
        Quality year = recountQuality(UNITS, periods.get(3), Grouping.UNIT).values().stream().reduce(Quality.NONE, Quality::plus);
        assertThat(year.rated()).as("ratings generated").isPositive();
        assertThat(year.scanned()).as("scans generated").isPositive();
        assertThat(year.resultsSigned()).as("signed results generated").isPositive();
        assertThat(year.synced()).as("dossiers the portal has generated").isPositive();
        assertThat(year.feeBearing()).as("dossiers with a fee generated").isPositive();
        assertThat(year.paidOnline()).as("fees paid online generated").isPositive();
        long paidProcedures = jdbc.sql("""
                select count(distinct procedure_code) from dossier_facts where unit_code = any(:units) and paid_online
                  and received_at >= :start and received_at < :end""")
                .param("units", UNITS.toArray(String[]::new)).param("start", java.sql.Timestamp.from(periods.get(4).start()))
                .param("end", java.sql.Timestamp.from(periods.get(4).end())).query(Long.class).single();
        assertThat(rollups.proceduresPaidOnline(UNITS, periods.get(4))).as("procedures paid online in the year")
                .isEqualTo(paidProcedures).isPositive();

        List<String> before = rollupRows();
        maintenance.rebuild();
        assertThat(rollupRows()).as("a rebuild gives the rollups the events built").isEqualTo(before);
        compareAll(periods, scopes);
    }

    @Test
    void aReplayedEventChangesNothing() {
        clock.set("2029-11-05T08:00");
        Dossier d = desk.submit(counter(UNITS.get(0)), newDossier(UNITS.get(0), "HN-01", Channel.COUNTER, 1));
        List<String> before = rollupRows();
        var received = new vn.xaso.dossier.DossierReceived(d.code(), d.unitCode(), d.procedureCode(), d.procedureVersion(),
                d.channel(), d.receivedAt(), d.dueAt(), d.receipt().line());
        maintenance.on(received);
        maintenance.on(received);
        assertThat(rollupRows()).isEqualTo(before);
    }

    private int compareAll(List<Period> periods, List<List<String>> scopes) {
        int cells = 0;
        for (Period period : periods) {
            var judged = period.judgedAt(clock.instant());
            for (List<String> units : scopes) {
                for (Grouping grouping : List.of(Grouping.FIELD, Grouping.UNIT)) {
                    Map<String, Figures> recount = facts.recount(units, period, judged, grouping, null);
                    Map<String, Quality> quality = recountQuality(units, period, grouping);
                    Map<String, ReportRollups.Rolled> rolled = rollups.sum(units, period, grouping);
                    Map<String, long[]> pending = facts.pending(units, period, judged, grouping);
                    Map<String, long[]> withdrawn = facts.withdrawn(units, period, grouping);
                    for (var line : recount.entrySet()) {
                        long[] open = pending.getOrDefault(line.getKey(), new long[2]);
                        long[] out = withdrawn.getOrDefault(line.getKey(), new long[3]);
                        ReportRollups.Rolled fromRollups = rolled.getOrDefault(line.getKey(), NOTHING);
                        String where = period + " " + grouping + " " + line.getKey();
                        assertThat(fromRollups.figures().withdrawing(out[0], out[1], out[2]).judged(open[0], open[1])).as(where)
                                .isEqualTo(line.getValue());
                        Figures f = line.getValue();
                        assertThat(f.received().total()).as(where + ": what Biểu 06 prints adds up")
                                .isEqualTo(f.resolved().total() + f.pending().total());
                        assertThat(f.resolved().total()).isEqualTo(f.resolved().early() + f.resolved().onTime() + f.resolved().late());
                        assertThat(fromRollups.quality()).as(where)
                                .isEqualTo(quality.getOrDefault(line.getKey(), Quality.NONE));
                        cells += 18;
                    }
                    assertThat(rolled.keySet()).as("no row only the rollups have").isSubsetOf(recount.keySet());
                }
            }
        }
        return cells;
    }

    /** A year of dossiers: each received on a random day, then finished in one of the ways the law has, or left open. */
    private void generate(Random random) {
        for (int i = 0; i < DOSSIERS; i++) {
            String unit = UNITS.get(random.nextInt(UNITS.size()));
            String procedure = PROCEDURES.get(random.nextInt(PROCEDURES.size()));
            LocalDateTime day = LocalDateTime.of(2029, 1, 2, 8, 0).plusDays(random.nextInt(360))
                    .plusMinutes(random.nextInt(480));
            at(day);
            Channel channel = random.nextInt(10) < 4 && !procedure.equals("KS-01") ? Channel.ONLINE : Channel.COUNTER;
            Dossier d = desk.submit(channel == Channel.ONLINE ? CITIZEN : counter(unit),
                    newDossier(unit, procedure, channel, i));
            if (channel == Channel.ONLINE) {
                if (random.nextInt(10) == 0) {
                    act(counter(unit), d, new DossierCommand.Refuse("Không thuộc địa bàn"));
                    continue;
                }
                act(counter(unit), d, new DossierCommand.Accept(null));
                if (procedure.equals("HKD-01")) {
                    // an online dossier with a fee is received once paid
                    desk.paidOnline(d.code(), 100_000, "T-" + i);
                }
            }
            int scans = random.nextInt(4);
            if (scans > 0) {
                // a third of them with every paper's copy (digitised), the others with the first paper's only
                List<vn.xaso.dossier.DossierComponent> papers = desk.components(d.code());
                for (vn.xaso.dossier.DossierComponent paper : scans == 1 ? papers : papers.subList(0, 1)) {
                    files.upload(counter(unit), d.code(), SCAN, "to-khai.pdf", "COMPONENT", paper.name());
                }
            }
            if (random.nextInt(4) != 0) {
                desk.portalSynchronised(d.code(), clock.instant());
            }
            LocalDateTime later = day.plusHours(1 + random.nextInt(24 * 12));
            at(later);
            switch (random.nextInt(8)) {
                case 0 -> { }
                case 1 -> act(leader(unit), d, new DossierCommand.Refuse("Không đủ điều kiện"));
                case 2 -> act(counter(unit), d, new DossierCommand.Withdraw("Người dân rút hồ sơ"));
                case 3 -> {
                    act(counter(unit), d, new DossierCommand.RequestSupplement("Thiếu", List.of("Tờ khai")));
                    at(later.plusDays(random.nextInt(10)));
                    act(leader(unit), d, new DossierCommand.Stop("Không bổ sung"));
                }
                case 4 -> {
                    for (int request = 0; request < 1 + random.nextInt(2); request++) {
                        act(counter(unit), d, new DossierCommand.RequestSupplement("Thiếu", List.of("Tờ khai")));
                        at(later = later.plusHours(1 + random.nextInt(48)));
                        act(counter(unit), d, new DossierCommand.Supplement(null));
                    }
                    done(unit, d, later.plusHours(random.nextInt(72)));
                }
                default -> {
                    done(unit, d, later);
                    if (channel == Channel.ONLINE && random.nextBoolean()) {
                        act(counter(unit), d, new DossierCommand.ReturnResult(null));
                        act(CITIZEN, d, new DossierCommand.Rate(1 + random.nextInt(5), null));
                    }
                }
            }
        }
    }

    private void done(String unit, Dossier d, LocalDateTime at) {
        at(at);
        String specialist = specialist(unit);
        act(leader(unit), d, new DossierCommand.Assign(specialist));
        act(XasoUser.official(specialist, unit, Role.SPECIALIST), d, new DossierCommand.Propose("Đủ điều kiện", false, null));
        act(leader(unit), d, new DossierCommand.Approve(null));
    }

    private void act(XasoUser user, Dossier d, DossierCommand command) {
        desk.act(user, d.code(), command);
    }

    private void at(LocalDateTime time) {
        clock.set(time.toString());
    }

    private static NewDossier newDossier(String unit, String procedure, Channel channel, int i) {
        return new NewDossier(procedure, unit, channel, new Applicant("Người thứ " + i,
                channel == Channel.ONLINE ? "037095000001" : String.format("0371907%05d", i), null, null, null, null), null);
    }

    private XasoUser counter(String unit) {
        return XasoUser.official(official(unit, Role.COUNTER), unit, Role.COUNTER);
    }

    private XasoUser leader(String unit) {
        return XasoUser.official(official(unit, Role.LEADER), unit, Role.LEADER);
    }

    private String specialist(String unit) {
        return official(unit, Role.SPECIALIST);
    }

    private String official(String unit, Role role) {
        return organization.officials(unit, null, null, 50).stream().filter(o -> o.active() && o.hasRole(role))
                .map(Official::username).findFirst().orElseThrow();
    }

    private List<String> rollupRows() {
        return new ArrayList<>(jdbc.sql("""
                select concat_ws(' ', unit_code, field, channel, day, received, early, on_time, late, withdrawn, done, signed,
                                 scanned, rated, satisfied, synced, fee_bearing, paid_online)
                from report_day where unit_code = any(:units) order by unit_code, day, field, channel""")
                .param("units", UNITS.toArray(String[]::new)).query(String.class).list());
    }

    /** Decision 766's quality of the dossiers resolved in the period, recounted from the dossiers, one line per key. */
    private Map<String, Quality> recountQuality(List<String> units, Period period, Grouping grouping) {
        Map<String, Quality> rows = new LinkedHashMap<>();
        jdbc.sql("""
                select %s as key,
                       count(*) filter (where finished and status in ('DONE', 'RETURNED')) as done,
                       count(*) filter (where finished and status in ('DONE', 'RETURNED') and result_signed) as signed,
                       count(*) filter (where finished and outcome <> 'WITHDRAWN' and scanned) as scanned,
                       count(*) filter (where finished and rating is not null) as rated,
                       count(*) filter (where finished and rating >= 4) as satisfied,
                       count(*) filter (where received and portal_synced_at is not null) as synced,
                       count(*) filter (where received and fee_bearing) as fee_bearing,
                       count(*) filter (where received and paid_online) as paid_online
                from (select *, coalesce(finished_at >= :start and finished_at < :end, false) as finished,
                             received_at >= :start and received_at < :end as received
                      from dossier_facts where unit_code = any(:units) and received_at is not null) f
                where finished or received
                group by 1""".formatted(grouping.column))
                .param("units", units.toArray(String[]::new)).param("start", Timestamp.from(period.start()))
                .param("end", Timestamp.from(period.end()))
                .query((rs, n) -> Map.entry(rs.getString("key"), new Quality(rs.getLong("done"), rs.getLong("signed"),
                        rs.getLong("scanned"), rs.getLong("rated"), rs.getLong("satisfied"), rs.getLong("synced"),
                        rs.getLong("fee_bearing"), rs.getLong("paid_online"))))
                .list().forEach(row -> rows.put(row.getKey(), row.getValue()));
        return rows;
    }
}
