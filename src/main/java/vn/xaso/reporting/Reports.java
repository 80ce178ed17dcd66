package vn.xaso.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Inputs;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Procedure;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Unit;

/**
 * The reporting module's published API for Biểu 06: for a unit the user may read (a commune's officials their own
 * unit, province monitors every unit), as figures, PDF or XLSX, with the dossiers behind any figure and the overdue
 * ones. Fields and units come from the rollups, a procedure's rows from the dossiers; pending dossiers are always
 * judged from the dossiers at the period's end.
 */
@Service
public class Reports {

    private final ReportScope scope;
    private final ReportRollups rollups;
    private final DossierFacts facts;
    private final Catalog catalog;
    private final Form06Papers papers;
    private final Clock clock;

    Reports(ReportScope scope, ReportRollups rollups, DossierFacts facts, Catalog catalog, Form06Papers papers,
            Clock clock) {
        this.scope = scope;
        this.rollups = rollups;
        this.facts = facts;
        this.catalog = catalog;
        this.papers = papers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Form06 form06(XasoUser user, String unitCode, LocalDate from, LocalDate to, String groupBy) {
        return form06(user, unitCode, from, to, groupBy, null);
    }

    /** Biểu 06; rows by procedure may be those of one field only. */
    @Transactional(readOnly = true)
    public Form06 form06(XasoUser user, String unitCode, LocalDate from, LocalDate to, String groupBy, String field) {
        Unit unit = scope.readable(user, unitCode);
        Period period = new Period(from, to);
        Grouping grouping = Grouping.of(groupBy);
        List<Unit> within = scope.scope(unit);
        List<String> units = ReportScope.codes(within);
        Instant judgedAt = period.judgedAt(clock.instant());
        Map<String, Figures> figures = grouping == Grouping.PROCEDURE
                ? facts.recount(units, period, judgedAt, grouping, Inputs.blankToNull(field))
                : ReportScope.figures(scope.figures(units, period, grouping));
        return form06(unit, within, period, grouping, figures);
    }

    /** Biểu 06 of {@code figures}, one line per key of the grouping, named from the units within or the catalog. */
    Form06 form06(Unit unit, List<Unit> within, Period period, Grouping grouping, Map<String, Figures> figures) {
        List<Form06.Row> rows = new ArrayList<>();
        Figures total = Figures.ZERO;
        for (Map.Entry<String, Figures> row : figures.entrySet()) {
            Figures f = row.getValue();
            rows.add(new Form06.Row(row.getKey(), name(grouping, row.getKey(), within), f.received(), f.resolved(),
                    f.pending(), f.withdrawn()));
            total = total.plus(f);
        }
        return new Form06(unit.code(), unit.name(), period.from(), period.to(), grouping.name(), rows, total);
    }

    /** The open dossiers past due in the unit (and the units below it), worst first. */
    @Transactional(readOnly = true)
    public List<Overdue> overdue(XasoUser user, String unitCode, int limit) {
        return facts.overdue(scope.unitsOf(scope.readable(user, unitCode)), clock.instant(), limit);
    }

    /** The dossiers behind one figure of Biểu 06, optionally of one row. */
    @Transactional(readOnly = true)
    public List<Fact> behind(XasoUser user, String unitCode, LocalDate from, LocalDate to, String cell, String groupBy,
            String key, int limit) {
        List<String> units = scope.unitsOf(scope.readable(user, unitCode));
        Period period = new Period(from, to);
        return facts.behind(units, period, period.judgedAt(clock.instant()), Cell.of(cell), Grouping.of(groupBy),
                Inputs.blankToNull(key), limit);
    }

    /**
     * A dossier as reports count it. {@code outcome}: null while open, else EARLY, ON_TIME, LATE or WITHDRAWN;
     * {@code openAtEnd}: still being resolved at the period's end (it counts as pending there, whatever came later);
     * {@code lateBySupplement}: late because a supplement was asked more than once, even if finished before its due time.
     */
    public record Fact(String code, String unitCode, String procedureCode, String field, String channel, Instant receivedAt,
            Instant dueAt, Instant finishedAt, String outcome, boolean openAtEnd, boolean lateBySupplement) {
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

    private String name(Grouping grouping, String key, List<Unit> within) {
        return switch (grouping) {
            case FIELD -> key;
            case UNIT -> within.stream().filter(u -> u.code().equals(key)).map(Unit::name).findFirst().orElse(key);
            case PROCEDURE -> catalog.procedure(key).map(Procedure::name).orElse(key);
        };
    }
}
