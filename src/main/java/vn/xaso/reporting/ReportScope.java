package vn.xaso.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import org.springframework.stereotype.Component;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;
import vn.xaso.organization.UnitLevel;
import vn.xaso.organization.UnitQuery;

/**
 * What every report starts from: the unit asked for (if the user may read it) and the units below it, and the
 * rollup figures of units for a period with their pending dossiers judged from the dossiers.
 */
@Component
class ReportScope {

    static final ReportRollups.Rolled NOTHING = new ReportRollups.Rolled(Figures.ZERO, Quality.NONE);
    private static final int MAX_UNITS = 2_000;

    private final ReportRollups rollups;
    private final DossierFacts facts;
    private final Organization organization;
    private final UnitAccess access;
    private final Clock clock;

    ReportScope(ReportRollups rollups, DossierFacts facts, Organization organization, UnitAccess access, Clock clock) {
        this.rollups = rollups;
        this.facts = facts;
        this.organization = organization;
        this.access = access;
        this.clock = clock;
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
    List<Unit> scope(Unit unit) {
        List<Unit> units = new ArrayList<>(List.of(unit));
        if (unit.level() == UnitLevel.PROVINCE) {
            units.addAll(organization.units(new UnitQuery(unit.code(), null, false, null), MAX_UNITS));
        }
        return units;
    }

    List<String> unitsOf(Unit unit) {
        return codes(scope(unit));
    }

    static List<String> codes(List<Unit> units) {
        return units.stream().map(Unit::code).toList();
    }

    /** The units of a level in a unit's province. */
    List<Unit> ofLevel(Unit any, UnitLevel level) {
        Unit province = provinceOf(any);
        return organization.units(new UnitQuery(province.code(), null, false, null), MAX_UNITS).stream()
                .filter(u -> u.level() == level).toList();
    }

    Unit provinceOf(Unit unit) {
        Unit u = unit;
        while (u.level() != UnitLevel.PROVINCE && u.parentCode() != null) {
            u = organization.requireUnit(u.parentCode());
        }
        return u;
    }

    /** Biểu 06 figures and their quality per unit: rollups, with pending judged from the dossiers. */
    Map<String, ReportRollups.Rolled> unitFigures(List<String> units, Period period) {
        return figures(units, period, Grouping.UNIT);
    }

    /**
     * Biểu 06 figures and their quality per key of the grouping: the rollups, less the dossiers withdrawn during the
     * period (counted apart), with pending judged from the dossiers at the period's end.
     */
    Map<String, ReportRollups.Rolled> figures(List<String> units, Period period, Grouping grouping) {
        Instant judgedAt = period.judgedAt(clock.instant());
        return judged(rollups.sum(units, period, grouping), facts.withdrawn(units, period, grouping),
                facts.pending(units, period, judgedAt, grouping));
    }

    /** Rollup figures made exact: withdrawn ones out, pending judged; a key with only pending dossiers still gets its row. */
    static Map<String, ReportRollups.Rolled> judged(Map<String, ReportRollups.Rolled> rolled, Map<String, long[]> withdrawn,
            Map<String, long[]> pending) {
        Map<String, ReportRollups.Rolled> rows = new LinkedHashMap<>();
        Set<String> keys = new TreeSet<>(rolled.keySet());
        keys.addAll(pending.keySet());
        for (String key : keys) {
            long[] open = pending.getOrDefault(key, new long[2]);
            long[] out = withdrawn.getOrDefault(key, new long[3]);
            ReportRollups.Rolled r = rolled.getOrDefault(key, NOTHING);
            rows.put(key, new ReportRollups.Rolled(r.figures().withdrawing(out[0], out[1], out[2]).judged(open[0], open[1]),
                    r.quality()));
        }
        return rows;
    }

    static Map<String, Figures> figures(Map<String, ReportRollups.Rolled> rolled) {
        Map<String, Figures> rows = new LinkedHashMap<>();
        rolled.forEach((key, r) -> rows.put(key, r.figures()));
        return rows;
    }

    static ReportRollups.Rolled total(Collection<ReportRollups.Rolled> rolled) {
        return new ReportRollups.Rolled(
                sum(rolled.stream().map(ReportRollups.Rolled::figures).toList(), Figures.ZERO, Figures::plus),
                sum(rolled.stream().map(ReportRollups.Rolled::quality).toList(), Quality.NONE, Quality::plus));
    }

    private static <T> T sum(Collection<T> values, T zero, BinaryOperator<T> plus) {
        T total = zero;
        for (T value : values) {
            total = plus.apply(total, value);
        }
        return total;
    }

}
