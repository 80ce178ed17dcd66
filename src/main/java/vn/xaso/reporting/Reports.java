package vn.xaso.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Forbidden;
import vn.xaso.api.Inputs;
import vn.xaso.api.InvalidInput;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Procedure;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;
import vn.xaso.organization.UnitLevel;
import vn.xaso.organization.UnitQuery;

/**
 * The reporting module's published API: Biểu 06 and the overdue list for a unit the user may read (a commune's
 * officials their own unit, province monitors every unit). Fields and units come from the rollups, a procedure's
 * rows from the dossiers; pending dossiers are always judged from the dossiers at the period's end.
 */
@Service
public class Reports {

    private static final int MAX_UNITS = 2_000;
    private static final int MAX_PROCEDURES = 5_000;
    private static final int DASHBOARD_LIST = 10;
    private static final ReportRollups.Rolled NOTHING = new ReportRollups.Rolled(Figures.ZERO, Quality.NONE);
    private static final Duration SOON = Duration.ofDays(2);

    private final ReportRollups rollups;
    private final DossierFacts facts;
    private final Organization organization;
    private final Catalog catalog;
    private final UnitAccess access;
    private final Form06Papers papers;
    private final MessageSource messages;
    private final Clock clock;

    Reports(ReportRollups rollups, DossierFacts facts, Organization organization, Catalog catalog, UnitAccess access,
            Form06Papers papers, MessageSource messages, Clock clock) {
        this.papers = papers;
        this.messages = messages;
        this.rollups = rollups;
        this.facts = facts;
        this.organization = organization;
        this.catalog = catalog;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Form06 form06(XasoUser user, String unitCode, LocalDate from, LocalDate to, String groupBy) {
        return form06(user, unitCode, from, to, groupBy, null);
    }

    /** Biểu 06; rows by procedure may be those of one field only. */
    @Transactional(readOnly = true)
    public Form06 form06(XasoUser user, String unitCode, LocalDate from, LocalDate to, String groupBy, String field) {
        Unit unit = readable(user, unitCode);
        Period period = new Period(from, to);
        Grouping grouping = Grouping.of(groupBy);
        List<Unit> scope = scope(unit);
        List<String> units = codes(scope);
        Instant judgedAt = period.judgedAt(clock.instant());
        Map<String, Figures> figures = grouping == Grouping.PROCEDURE
                ? facts.recount(units, period, judgedAt, grouping, Inputs.blankToNull(field))
                : figures(judged(rollups.sum(units, period, grouping), facts.pending(units, period, judgedAt, grouping)));
        return form06(unit, scope, period, grouping, figures);
    }

    private Form06 form06(Unit unit, List<Unit> scope, Period period, Grouping grouping, Map<String, Figures> figures) {
        List<Form06.Row> rows = new ArrayList<>();
        Figures total = Figures.ZERO;
        for (Map.Entry<String, Figures> row : figures.entrySet()) {
            Figures f = row.getValue();
            rows.add(new Form06.Row(row.getKey(), name(grouping, row.getKey(), scope), f.received(), f.resolved(),
                    f.pending()));
            total = total.plus(f);
        }
        return new Form06(unit.code(), unit.name(), period.from(), period.to(), grouping.name(), rows, total);
    }

    /** The open dossiers past due in the unit (and the units below it), worst first. */
    @Transactional(readOnly = true)
    public List<Overdue> overdue(XasoUser user, String unitCode, int limit) {
        return facts.overdue(unitsOf(readable(user, unitCode)), clock.instant(), limit);
    }

    /** A unit's Decision 766 index for a period, with every indicator's figures. */
    @Transactional(readOnly = true)
    public Index766 index766(XasoUser user, String unitCode, LocalDate from, LocalDate to) {
        Unit unit = readable(user, unitCode);
        Period period = new Period(from, to);
        return index(unit, period, total(unitFigures(unitsOf(unit), period).values()), offered(unit.level()));
    }

    /**
     * The province's communes and wards (or departments) by the Decision 766 index for a period, best first; every
     * official may see it.
     */
    @Transactional(readOnly = true)
    public List<Ranking> ranking(XasoUser user, LocalDate from, LocalDate to, String level) {
        if (user.unitCode() == null) {
            throw new Forbidden("report.unit.forbidden", "");
        }
        return standing(organization.requireUnit(user.unitCode()), level(level), new Period(from, to)).ranking();
    }

    /** The units of a level in a unit's province, their figures for the period and their ranking. */
    private record Standing(List<Ranking> ranking, Map<String, ReportRollups.Rolled> rolled, Offered offered) {
    }

    private Standing standing(Unit any, UnitLevel level, Period period) {
        Unit province = provinceOf(any);
        List<Unit> units = organization.units(new UnitQuery(province.code(), null, false, null), MAX_UNITS).stream()
                .filter(u -> u.level() == level).toList();
        Map<String, ReportRollups.Rolled> rolled = unitFigures(codes(units), period);
        Offered offered = offered(level);
        List<Ranking> scored = new ArrayList<>();
        for (Unit unit : units) {
            ReportRollups.Rolled r = rolled.getOrDefault(unit.code(), NOTHING);
            Figures f = r.figures();
            long inPeriod = f.received().online() + f.received().direct();
            scored.add(new Ranking(0, unit.code(), unit.name(),
                    Index766Rules.total(Index766Rules.groups(inputs(f, offered, r.quality()))),
                    share(f.inTime(), f.processed()), share(f.received().online(), inPeriod), f.received().total()));
        }
        scored.sort(Comparator.comparingDouble(Ranking::score).reversed().thenComparing(Ranking::unitCode));
        List<Ranking> ranking = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Ranking r = scored.get(i);
            int rank = i > 0 && r.score() == scored.get(i - 1).score() ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new Ranking(rank, r.unitCode(), r.unitName(), r.score(), r.onTimeRate(), r.onlineRate(),
                    r.received()));
        }
        return new Standing(ranking, rolled, offered);
    }

    private Index766 index(Unit unit, Period period, ReportRollups.Rolled rolled, Offered offered) {
        List<Index766.Group> groups = Index766Rules.groups(inputs(rolled.figures(), offered, rolled.quality()));
        return new Index766(unit.code(), unit.name(), period.from(), period.to(), Index766Rules.total(groups), 100,
                texts(groups));
    }

    private static ReportRollups.Rolled total(Collection<ReportRollups.Rolled> rolled) {
        return new ReportRollups.Rolled(
                sum(rolled.stream().map(ReportRollups.Rolled::figures).toList(), Figures.ZERO, Figures::plus),
                sum(rolled.stream().map(ReportRollups.Rolled::quality).toList(), Quality.NONE, Quality::plus));
    }

    /** Biểu 06 figures and their quality per unit: rollups, with pending judged from the dossiers. */
    private Map<String, ReportRollups.Rolled> unitFigures(List<String> units, Period period) {
        Instant judgedAt = period.judgedAt(clock.instant());
        return judged(rollups.sum(units, period, Grouping.UNIT), facts.pending(units, period, judgedAt, Grouping.UNIT));
    }

    /** The procedures units of a level offer: how many, how many published in full, how many fully online. */
    private record Offered(long count, long published, long fullyOnline) {
    }

    private Offered offered(UnitLevel level) {
        Procedure.Level procedures = level == UnitLevel.COMMUNE ? Procedure.Level.COMMUNE : Procedure.Level.PROVINCE;
        List<Procedure> offered = catalog.procedures(procedures, MAX_PROCEDURES);
        return new Offered(offered.size(),
                offered.stream().filter(p -> p.processingTime() != null && !p.components().isEmpty()).count(),
                offered.stream().filter(Procedure::fullyOnline).count());
    }

    private static Index766Rules.Inputs inputs(Figures f, Offered offered, Quality q) {
        return new Index766Rules.Inputs(f, offered.count(), offered.published(), offered.fullyOnline(), q.scanned(),
                q.done(), q.resultsSigned(), q.rated(), q.satisfied());
    }

    /** Group and indicator names and notes in the reader's language. */
    private List<Index766.Group> texts(List<Index766.Group> groups) {
        Locale locale = LocaleContextHolder.getLocale();
        return groups.stream().map(g -> new Index766.Group(g.code(), text(g.name(), locale), g.score(), g.max(),
                g.indicators().stream().map(i -> new Index766.Indicator(i.code(), text(i.name(), locale), i.numerator(),
                        i.denominator(), i.rate(), i.score(), i.max(), i.note() == null ? null : text(i.note(), locale)))
                        .toList())).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static UnitLevel level(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("COMMUNE")) {
            return UnitLevel.COMMUNE;
        }
        if (text.strip().equalsIgnoreCase("DEPARTMENT")) {
            return UnitLevel.DEPARTMENT;
        }
        throw new InvalidInput("level", "report.level");
    }

    private Unit provinceOf(Unit unit) {
        Unit u = unit;
        while (u.level() != UnitLevel.PROVINCE && u.parentCode() != null) {
            u = organization.requireUnit(u.parentCode());
        }
        return u;
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    private static <T> T sum(Collection<T> values, T zero, BinaryOperator<T> plus) {
        T total = zero;
        for (T value : values) {
            total = plus.apply(total, value);
        }
        return total;
    }

    /**
     * The dashboard of a unit for a period: see {@link Dashboard}. The figures of every unit to rank are read once
     * and serve the ranking, the index and (for a province) Biểu 06.
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(XasoUser user, String unitCode, LocalDate from, LocalDate to, LocalDate vsFrom,
            LocalDate vsTo) {
        Unit unit = readable(user, unitCode);
        Period period = new Period(from, to);
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        Period other = new Period(vsFrom != null ? vsFrom : from.minusDays(days), vsTo != null ? vsTo : from.minusDays(1));
        boolean province = unit.level() == UnitLevel.PROVINCE;
        List<Unit> scope = scope(unit);
        Standing standing = standing(unit, unit.level() == UnitLevel.DEPARTMENT ? UnitLevel.DEPARTMENT : UnitLevel.COMMUNE,
                period);
        Form06 form;
        Index766 index;
        if (province) {
            Map<String, ReportRollups.Rolled> all = unitFigures(codes(scope), period);
            form = form06(unit, scope, period, Grouping.UNIT, figures(all));
            index = index(unit, period, total(all.values()), offered(unit.level()));
        } else {
            form = form06(user, unit.code(), from, to, "FIELD");
            index = index(unit, period, standing.rolled().getOrDefault(unit.code(), NOTHING), standing.offered());
        }
        Ranking mine = standing.ranking().stream().filter(r -> r.unitCode().equals(unit.code())).findFirst().orElse(null);
        Dashboard.Comparison comparison = compare(unit, scope, other);
        List<String> units = codes(scope);
        Instant now = clock.instant();
        Period trend = new Period(to.withDayOfMonth(1).minusMonths(11), to);
        return new Dashboard(unit.code(), unit.name(), province, from, to, form, index, mine == null ? null : mine.rank(),
                standing.ranking().size(), losses(index, form.total()), months(rollups.monthly(units, trend), trend),
                province ? standing.ranking() : List.of(), facts.overdue(units, now, DASHBOARD_LIST),
                facts.dueSoon(units, now, now.plus(SOON), DASHBOARD_LIST), comparison);
    }

    /** The unit in another period: Biểu 06's total, the index and the rank then. */
    private Dashboard.Comparison compare(Unit unit, List<Unit> scope, Period period) {
        if (unit.level() == UnitLevel.PROVINCE) {
            ReportRollups.Rolled all = total(unitFigures(codes(scope), period).values());
            return new Dashboard.Comparison(period.from(), period.to(), all.figures(),
                    index(unit, period, all, offered(unit.level())).score(), null);
        }
        Standing then = standing(unit, unit.level() == UnitLevel.DEPARTMENT ? UnitLevel.DEPARTMENT : UnitLevel.COMMUNE,
                period);
        Ranking mine = then.ranking().stream().filter(r -> r.unitCode().equals(unit.code())).findFirst().orElse(null);
        return new Dashboard.Comparison(period.from(), period.to(),
                then.rolled().getOrDefault(unit.code(), NOTHING).figures(), mine == null ? 0 : mine.score(),
                mine == null ? null : mine.rank());
    }

    /** Every month of the period, those without dossiers too. */
    private static List<MonthFigures> months(List<MonthFigures> figures, Period period) {
        List<MonthFigures> months = new ArrayList<>();
        for (LocalDate month = period.from(); !month.isAfter(period.to()); month = month.plusMonths(1)) {
            LocalDate m = month;
            months.add(figures.stream().filter(f -> f.month().equals(m)).findFirst()
                    .orElse(new MonthFigures(m, 0, 0, 0, 0, 0)));
        }
        return months;
    }

    /** The dossiers behind one figure of Biểu 06, optionally of one row. */
    @Transactional(readOnly = true)
    public List<Fact> behind(XasoUser user, String unitCode, LocalDate from, LocalDate to, String cell, String groupBy,
            String key, int limit) {
        List<String> units = unitsOf(readable(user, unitCode));
        Period period = new Period(from, to);
        return facts.behind(units, period, period.judgedAt(clock.instant()), Cell.of(cell), Grouping.of(groupBy),
                Inputs.blankToNull(key), limit);
    }

    /** A dossier as reports count it. {@code outcome}: null while open, else EARLY, ON_TIME, LATE or WITHDRAWN. */
    public record Fact(String code, String unitCode, String procedureCode, String field, String channel, Instant receivedAt,
            Instant dueAt, Instant finishedAt, String outcome) {
    }

    /** The indicators that lost points, most lost first, each explained with its own figures. */
    private List<Dashboard.Loss> losses(Index766 index, Figures total) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Dashboard.Loss> losses = new ArrayList<>();
        for (Index766.Group group : index.groups()) {
            for (Index766.Indicator i : group.indicators()) {
                double lost = Index766Rules.round(i.max() - i.score());
                if (lost <= 0) {
                    continue;
                }
                Object[] args = {i.denominator() - i.numerator(), i.denominator(), total.resolved().late(),
                        total.pending().overdue()};
                String explanation = i.note() != null ? i.note()
                        : messages.getMessage("report.loss." + i.code(), args, i.name(), locale);
                String cell = i.code().equals("2.1") ? "late" : i.code().equals("3.2") ? "direct" : null;
                losses.add(new Dashboard.Loss(i.code(), i.name(), lost, explanation, cell));
            }
        }
        losses.sort(Comparator.comparingDouble(Dashboard.Loss::lost).reversed());
        return losses;
    }

    /** Biểu 06 in the official layout, as PDF. */
    public byte[] pdf(Form06 form) {
        return papers.pdf(form);
    }

    /** Biểu 06 as an XLSX workbook. */
    public byte[] xlsx(Form06 form) {
        return papers.xlsx(form);
    }

    /** The ranking as an XLSX workbook. */
    public byte[] rankingXlsx(List<Ranking> ranking, LocalDate from, LocalDate to) {
        return papers.rankingXlsx(ranking, from, to);
    }

    /** An open dossier past its due time. */
    public record Overdue(String code, String unitCode, String procedureCode, Instant receivedAt, Instant dueAt) {
    }

    /** Rollup figures with pending as judged from the dossiers; a key with only pending dossiers still gets its row. */
    private static Map<String, ReportRollups.Rolled> judged(Map<String, ReportRollups.Rolled> rolled,
            Map<String, long[]> pending) {
        Map<String, ReportRollups.Rolled> rows = new LinkedHashMap<>();
        Set<String> keys = new TreeSet<>(rolled.keySet());
        keys.addAll(pending.keySet());
        for (String key : keys) {
            long[] open = pending.getOrDefault(key, new long[2]);
            ReportRollups.Rolled r = rolled.getOrDefault(key, NOTHING);
            rows.put(key, new ReportRollups.Rolled(r.figures().judged(open[0], open[1]), r.quality()));
        }
        return rows;
    }

    private static Map<String, Figures> figures(Map<String, ReportRollups.Rolled> rolled) {
        Map<String, Figures> rows = new LinkedHashMap<>();
        rolled.forEach((key, r) -> rows.put(key, r.figures()));
        return rows;
    }

    /** The unit named (the user's own if none), if the user may read it: 400 unknown, 403 not theirs. */
    Unit readable(XasoUser user, String unitCode) {
        String code = unitCode == null || unitCode.isBlank() ? user.unitCode() : unitCode.strip();
        Unit unit = organization.unit(code).orElseThrow(() -> new InvalidInput("unit", "input.unit.unknown"));
        if (!access.canRead(user, unit.code())) {
            throw new Forbidden("report.unit.forbidden", unit.code());
        }
        return unit;
    }

    /** The unit and, for a province, every unit below it. */
    private List<Unit> scope(Unit unit) {
        List<Unit> units = new ArrayList<>(List.of(unit));
        if (unit.level() == UnitLevel.PROVINCE) {
            units.addAll(organization.units(new UnitQuery(unit.code(), null, false, null), MAX_UNITS));
        }
        return units;
    }

    private List<String> unitsOf(Unit unit) {
        return codes(scope(unit));
    }

    private static List<String> codes(List<Unit> units) {
        return units.stream().map(Unit::code).toList();
    }

    private String name(Grouping grouping, String key, List<Unit> scope) {
        return switch (grouping) {
            case FIELD -> key;
            case UNIT -> scope.stream().filter(u -> u.code().equals(key)).map(Unit::name).findFirst().orElse(key);
            case PROCEDURE -> catalog.procedure(key).map(Procedure::name).orElse(key);
        };
    }
}
