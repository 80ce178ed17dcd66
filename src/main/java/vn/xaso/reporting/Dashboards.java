package vn.xaso.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Unit;
import vn.xaso.organization.UnitLevel;

/** The reporting module's published API for the dashboards of monitors and leaders (see {@link Dashboard}). */
@Service
public class Dashboards {

    private static final int LIST = 10;
    private static final Duration SOON = Duration.ofDays(2);

    private final ReportScope scope;
    private final Reports reports;
    private final Rankings rankings;
    private final ReportRollups rollups;
    private final DossierFacts facts;
    private final MessageSource messages;
    private final Clock clock;

    Dashboards(ReportScope scope, Reports reports, Rankings rankings, ReportRollups rollups, DossierFacts facts,
            MessageSource messages, Clock clock) {
        this.scope = scope;
        this.reports = reports;
        this.rankings = rankings;
        this.rollups = rollups;
        this.facts = facts;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The dashboard of a unit for a period: see {@link Dashboard}. The figures of every unit to rank are read once
     * and serve the ranking, the index and (for a province) Biểu 06.
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(XasoUser user, String unitCode, LocalDate from, LocalDate to, LocalDate vsFrom,
            LocalDate vsTo) {
        Unit unit = scope.readable(user, unitCode);
        Period period = new Period(from, to);
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        Period other = new Period(vsFrom != null ? vsFrom : from.minusDays(days),
                vsTo != null ? vsTo : from.minusDays(1));
        boolean province = unit.level() == UnitLevel.PROVINCE;
        List<Unit> units = scope.scope(unit);
        Rankings.Standing standing = rankings.recentStanding(unit, rankedLevel(unit), period);
        Form06 form;
        Index766 index;
        if (province) {
            Map<String, ReportRollups.Rolled> all = scope.unitFigures(ReportScope.codes(units), period);
            form = reports.form06(unit, units, period, Grouping.UNIT, ReportScope.figures(all));
            index = rankings.index(unit, period, ReportScope.total(all.values()), rankings.offered(unit));
        } else {
            form = reports.form06(user, unit.code(), from, to, "FIELD");
            index = rankings.index(unit, period, standing.rolled().getOrDefault(unit.code(), ReportScope.NOTHING),
                    standing.offered().get(unit.code()));
        }
        Ranking mine = standing.ranking().stream().filter(r -> r.unitCode().equals(unit.code())).findFirst().orElse(null);
        Dashboard.Comparison comparison = compare(unit, units, other);
        List<String> codes = ReportScope.codes(units);
        Instant now = clock.instant();
        Period trend = new Period(to.withDayOfMonth(1).minusMonths(11), to);
        return new Dashboard(unit.code(), unit.name(), province, from, to, form, index, mine == null ? null : mine.rank(),
                standing.ranking().size(), losses(index, form.total()), months(rollups.monthly(codes, trend), trend),
                province ? standing.ranking() : List.of(), facts.overdue(codes, now, LIST),
                facts.dueSoon(codes, now, now.plus(SOON), LIST), comparison);
    }

    /** The unit in another period: Biểu 06's total, the index and the rank then. */
    private Dashboard.Comparison compare(Unit unit, List<Unit> units, Period period) {
        if (unit.level() == UnitLevel.PROVINCE) {
            ReportRollups.Rolled all = ReportScope.total(scope.unitFigures(ReportScope.codes(units), period).values());
            return new Dashboard.Comparison(period.from(), period.to(), all.figures(),
                    rankings.index(unit, period, all, rankings.offered(unit)).score(), null);
        }
        Rankings.Standing then = rankings.recentStanding(unit, rankedLevel(unit), period);
        Ranking mine = then.ranking().stream().filter(r -> r.unitCode().equals(unit.code())).findFirst().orElse(null);
        return new Dashboard.Comparison(period.from(), period.to(),
                then.rolled().getOrDefault(unit.code(), ReportScope.NOTHING).figures(), mine == null ? 0 : mine.score(),
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


    /** Departments are ranked among departments; communes, wards and the province's own view among communes. */
    private static UnitLevel rankedLevel(Unit unit) {
        return unit.level() == UnitLevel.DEPARTMENT ? UnitLevel.DEPARTMENT : UnitLevel.COMMUNE;
    }
}
