package vn.xaso.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;
import vn.xaso.organization.UnitLevel;
import vn.xaso.organization.UnitQuery;

/**
 * What the guide of a procedure says is most often asked to supplement and most often refused, in a unit and in its
 * province, with each item's share of the dossiers received for it: so that citizens and officers get it right the
 * first time. Computed once a day (and at start when older than a day) from the last twelve months' dossiers: the
 * items of every supplement request and the reason of every refusal, as officials wrote them; a dossier counts once
 * per item. Only items shared by at least {@value #FEWEST} dossiers are kept, so no line written about one citizen is
 * shown; the ten most frequent of each kind per unit and per province.
 */
@Service
public class GuideFigures {

    static final int FEWEST = 3;
    private static final int TOP = 10;
    private static final Duration WINDOW = Duration.ofDays(365);

    /** An item (a paper asked for, a reason for refusal) and the share of the dossiers that met it. */
    public record Item(String item, int dossiers, int outOf, double share) {
    }

    /** The figures for a procedure in one scope: a unit, or a province. */
    public record Figures(String scope, List<Item> oftenSupplemented, List<Item> oftenRefused, Instant computedAt) {
    }

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Clock clock;

    GuideFigures(JdbcClient jdbc, Organization organization, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.clock = clock;
    }

    /** The figures of a unit, or of a province (the sum of its units). */
    public Figures of(String procedureCode, String scope) {
        return new Figures(scope, items(procedureCode, scope, "SUPPLEMENT"), items(procedureCode, scope, "REFUSAL"),
                computedAt().orElse(null));
    }

    private List<Item> items(String procedureCode, String scope, String kind) {
        return jdbc.sql("""
                select item, dossiers, out_of from dossier_guide_figure
                where procedure_code = ? and scope = ? and kind = ? order by dossiers desc, item limit ?""")
                .params(procedureCode, scope, kind, TOP)
                .query((rs, n) -> new Item(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        Math.round(1000.0 * rs.getInt(2) / Math.max(1, rs.getInt(3))) / 1000.0))
                .list();
    }

    private Optional<Instant> computedAt() {
        return jdbc.sql("select max(computed_at) from dossier_guide_figure").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /** At start: computed now unless done within the day (another node, or before a restart). */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (computedAt().filter(at -> at.isAfter(clock.instant().minus(Duration.ofDays(1)))).isEmpty()) {
            refresh();
        }
    }

    /** Every night, for the day before; returns how many rows the guides now read. */
    @Scheduled(cron = "${xaso.dossier.guide-figures-cron:0 30 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "dossier.guide-figures", lockAtMostFor = "PT30M")
    public int refresh() {
        Instant now = clock.instant();
        List<Unit> units = organization.units(new UnitQuery(null, null, false, null), 100_000).stream()
                .filter(u -> u.level() != UnitLevel.PROVINCE).toList();
        String[] codes = units.stream().map(Unit::code).toArray(String[]::new);
        String[] provinces = units.stream().map(u -> u.parentCode() == null ? u.code() : u.parentCode()).toArray(String[]::new);
        // one statement: readers see yesterday's figures until today's replace them
        return jdbc.sql("""
                with cleared as (delete from dossier_guide_figure),
                recent as (select code, procedure_code, unit_code from dossier where submitted_at >= :since),
                met as (
                    select distinct r.code, r.procedure_code, r.unit_code, 'SUPPLEMENT' as kind, btrim(i) as item
                    from recent r join dossier_history h on h.dossier_code = r.code and h.action = 'request-supplement'
                    cross join lateral unnest(string_to_array(h.items, E'\\n')) i
                    union
                    select r.code, r.procedure_code, r.unit_code, 'REFUSAL', btrim(h.reason)
                    from recent r join dossier_history h on h.dossier_code = r.code
                    where h.reason is not null and (h.action = 'refuse' or (h.action = 'approve' and h.to_status = 'REFUSED'))),
                scopes as (select unnest(cast(:units as varchar[])) as unit_code, unnest(cast(:provinces as varchar[])) as province),
                counted as (
                    select s.scope, m.procedure_code, m.kind, m.item, count(*) as dossiers
                    from met m join scopes u on u.unit_code = m.unit_code
                    cross join lateral (values (u.unit_code), (u.province)) as s(scope)
                    where m.item <> '' group by 1, 2, 3, 4),
                totals as (
                    select s.scope, r.procedure_code, count(*) as out_of
                    from recent r join scopes u on u.unit_code = r.unit_code
                    cross join lateral (values (u.unit_code), (u.province)) as s(scope)
                    group by 1, 2),
                ranked as (
                    select c.*, t.out_of, row_number() over (partition by c.scope, c.procedure_code, c.kind
                                                             order by c.dossiers desc, c.item) as n
                    from counted c join totals t on t.scope = c.scope and t.procedure_code = c.procedure_code
                    where c.dossiers >= :fewest)
                insert into dossier_guide_figure (scope, procedure_code, kind, item, dossiers, out_of, computed_at)
                select scope, procedure_code, kind, item, dossiers, out_of, :now from ranked where n <= :top""")
                .param("since", Timestamp.from(now.minus(WINDOW))).param("units", codes).param("provinces", provinces)
                .param("fewest", FEWEST).param("top", TOP).param("now", Timestamp.from(now))
                .update();
    }
}
