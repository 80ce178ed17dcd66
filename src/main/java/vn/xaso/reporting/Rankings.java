package vn.xaso.reporting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Forbidden;
import vn.xaso.api.Inputs;
import vn.xaso.api.InvalidInput;
import vn.xaso.catalog.Offerings;
import vn.xaso.catalog.OfferedCounts;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Unit;
import vn.xaso.organization.UnitLevel;

/**
 * The reporting module's published API for Decision 766: a unit's index indicator by indicator, and the ranking of the
 * province's communes and wards (or departments) by it.
 */
@Service
public class Rankings {

    private static final Duration RECENT = Duration.ofMinutes(1);
    private static final int MAX_RECENT = 200;

    private final ReportScope scope;
    private final ReportRollups rollups;
    private final Environment environment;
    private final MessageSource messages;
    private final Map<StandingKey, RecentStanding> recentStandings = new ConcurrentHashMap<>();
    private final Offerings offerings;

    Rankings(ReportScope scope, ReportRollups rollups, Offerings offerings, Environment environment, MessageSource messages) {
        this.offerings = offerings;
        this.scope = scope;
        this.rollups = rollups;
        this.environment = environment;
        this.messages = messages;
    }

    /** A unit's Decision 766 index for a period, with every indicator's figures. */
    @Transactional(readOnly = true)
    public Index766 index766(XasoUser user, String unitCode, LocalDate from, LocalDate to) {
        Unit unit = scope.readable(user, unitCode);
        Period period = new Period(from, to);
        return index(unit, period, ReportScope.total(scope.unitFigures(scope.unitsOf(unit), period).values()),
                offered(unit));
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
        return standing(scope.readable(user, null), level(level), new Period(from, to)).ranking();
    }

    /** The units of a level in a unit's province, their figures for the period and their ranking. */
    record Standing(List<Ranking> ranking, Map<String, ReportRollups.Rolled> rolled, Map<String, Offered> offered) {
    }

    /**
     * The standing as computed at most a minute ago for the same province, level and period: the dashboards of a
     * province's 129 leaders share one computation of everyone's figures rather than each making it again.
     */
    Standing recentStanding(Unit any, UnitLevel level, Period period) {
        StandingKey key = new StandingKey(scope.provinceOf(any).code(), level, period);
        long now = System.nanoTime();
        RecentStanding recent = recentStandings.get(key);
        if (recent != null && now - recent.computedAt() < RECENT.toNanos()) {
            return recent.standing();
        }
        if (recentStandings.size() > MAX_RECENT) {
            recentStandings.clear();
        }
        Standing standing = standing(any, level, period);
        recentStandings.put(key, new RecentStanding(standing, now));
        return standing;
    }

    private record StandingKey(String province, UnitLevel level, Period period) {
    }

    private record RecentStanding(Standing standing, long computedAt) {
    }

    Standing standing(Unit any, UnitLevel level, Period period) {
        List<Unit> units = scope.ofLevel(any, level);
        Map<String, ReportRollups.Rolled> rolled = scope.unitFigures(ReportScope.codes(units), period);
        Map<String, Offered> offered = offered(units);
        Map<String, Long> paid = rollups.proceduresPaidOnlineByUnit(ReportScope.codes(units), period);
        List<Ranking> scored = new ArrayList<>();
        for (Unit unit : units) {
            ReportRollups.Rolled r = rolled.getOrDefault(unit.code(), ReportScope.NOTHING);
            Figures f = r.figures();
            long inPeriod = f.received().online() + f.received().direct();
            List<Index766.Group> groups = Index766Rules.groups(inputs(f, offered.get(unit.code()), r.quality(),
                    paid.getOrDefault(unit.code(), 0L)));
            scored.add(new Ranking(0, unit.code(), unit.name(), Index766Rules.total(groups),
                    share(f.inTime(), f.processed()), share(f.received().online(), inPeriod), f.received().total(),
                    groups.stream().map(g -> new Ranking.GroupScore(g.code(), g.score(), g.max())).toList()));
        }
        scored.sort(Comparator.comparingDouble(Ranking::score).reversed().thenComparing(Ranking::unitCode));
        List<Ranking> ranking = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Ranking r = scored.get(i);
            int rank = i > 0 && r.score() == scored.get(i - 1).score() ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new Ranking(rank, r.unitCode(), r.unitName(), r.score(), r.onTimeRate(), r.onlineRate(),
                    r.received(), r.groups()));
        }
        return new Standing(ranking, rolled, offered);
    }

    /** The index of a unit (and the units under it, for a province) from their figures for the period. */
    Index766 index(Unit unit, Period period, ReportRollups.Rolled rolled, Offered offered) {
        long paid = rollups.proceduresPaidOnline(scope.unitsOf(unit), period);
        List<Index766.Group> groups = Index766Rules.groups(inputs(rolled.figures(), offered, rolled.quality(), paid));
        return new Index766(unit.code(), unit.name(), period.from(), period.to(), Index766Rules.total(groups), 100,
                texts(groups));
    }

    /**
     * The procedures units of a level offer: how many, how many published in full, how many fully online, how many
     * with a fee, and of those how many can be paid online (offered online, with a payment gateway connected).
     */
    record Offered(long count, long published, long fullyOnline, long withFee, long payableOnline) {
    }

    /** What the unit offers (its own choices of the catalog, issue 27 item 13), counted. */
    Offered offered(Unit unit) {
        return offered(List.of(unit)).get(unit.code());
    }

    private Map<String, Offered> offered(List<Unit> units) {
        Map<String, OfferedCounts> counts = offerings.offeredCounts(units);
        boolean gateway = !environment.getProperty("xaso.payment.url", "").isBlank()
                && !environment.getProperty("xaso.payment.secret", "").isBlank();
        Map<String, Offered> offered = new HashMap<>();
        for (Unit unit : units) {
            OfferedCounts c = counts.getOrDefault(unit.code(), OfferedCounts.NONE);
            offered.put(unit.code(), new Offered(c.count(), c.published(), c.fullyOnline(), c.withFee(),
                    gateway ? c.withFeeOnline() : 0));
        }
        return offered;
    }

    private static Index766Rules.Inputs inputs(Figures f, Offered offered, Quality q, long proceduresPaidOnline) {
        return new Index766Rules.Inputs(f, offered.count(), offered.published(), offered.fullyOnline(), q.scanned(),
                q.done(), q.resultsSigned(), q.rated(), q.satisfied(), q.synced(), q.feeBearing(), q.paidOnline(),
                new Index766Rules.Payment(offered.withFee(), offered.payableOnline(), proceduresPaidOnline));
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

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

}
