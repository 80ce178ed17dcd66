package vn.xaso.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Forbidden;
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

    private final ReportRollups rollups;
    private final DossierFacts facts;
    private final Organization organization;
    private final Catalog catalog;
    private final UnitAccess access;
    private final Clock clock;

    Reports(ReportRollups rollups, DossierFacts facts, Organization organization, Catalog catalog, UnitAccess access,
            Clock clock) {
        this.rollups = rollups;
        this.facts = facts;
        this.organization = organization;
        this.catalog = catalog;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Form06 form06(XasoUser user, String unitCode, LocalDate from, LocalDate to, String groupBy) {
        Unit unit = readable(user, unitCode);
        Period period = new Period(from, to);
        Grouping grouping = Grouping.of(groupBy);
        List<String> units = unitsOf(unit);
        Instant judgedAt = period.judgedAt(clock.instant());
        Map<String, Figures> figures = grouping == Grouping.PROCEDURE ? facts.recount(units, period, judgedAt, grouping)
                : judged(rollups.sum(units, period, grouping), facts.pending(units, period, judgedAt, grouping));
        List<Form06.Row> rows = new ArrayList<>();
        Figures total = Figures.ZERO;
        for (Map.Entry<String, Figures> row : figures.entrySet()) {
            Figures f = row.getValue();
            rows.add(new Form06.Row(row.getKey(), name(grouping, row.getKey()), f.received(), f.resolved(), f.pending()));
            total = total.plus(f);
        }
        return new Form06(unit.code(), unit.name(), from, to, grouping.name(), rows, total);
    }

    /** The open dossiers past due in the unit (and the units below it), worst first. */
    @Transactional(readOnly = true)
    public List<Overdue> overdue(XasoUser user, String unitCode, int limit) {
        return facts.overdue(unitsOf(readable(user, unitCode)), clock.instant(), limit);
    }

    /** An open dossier past its due time. */
    public record Overdue(String code, String unitCode, String procedureCode, Instant receivedAt, Instant dueAt) {
    }

    /** Rollup figures with pending as judged from the dossiers; a key with only pending dossiers still gets its row. */
    private static Map<String, Figures> judged(Map<String, Figures> rolled, Map<String, long[]> pending) {
        Map<String, Figures> rows = new LinkedHashMap<>();
        Set<String> keys = new TreeSet<>(rolled.keySet());
        keys.addAll(pending.keySet());
        for (String key : keys) {
            long[] open = pending.getOrDefault(key, new long[2]);
            rows.put(key, rolled.getOrDefault(key, Figures.ZERO).judged(open[0], open[1]));
        }
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
    List<String> unitsOf(Unit unit) {
        List<String> codes = new ArrayList<>(List.of(unit.code()));
        if (unit.level() == UnitLevel.PROVINCE) {
            organization.units(new UnitQuery(unit.code(), null, false, null), MAX_UNITS).forEach(u -> codes.add(u.code()));
        }
        return codes;
    }

    private String name(Grouping grouping, String key) {
        return switch (grouping) {
            case FIELD -> key;
            case UNIT -> organization.unit(key).map(Unit::name).orElse(key);
            case PROCEDURE -> catalog.procedure(key).map(Procedure::name).orElse(key);
        };
    }
}
