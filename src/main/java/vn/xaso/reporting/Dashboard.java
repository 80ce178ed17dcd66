package vn.xaso.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * What a monitor or a leader sees for a unit and a period: Biểu 06 (by unit for a province, by field for a commune),
 * the Decision 766 index and where its points are lost, the unit's rank among the province's, the trend by month,
 * and the dossiers overdue now or due soon.
 *
 * @param rank       the unit's place among {@code rankedUnits} (null for a province), as ranked at most a minute ago
 * @param comparison the same in the period compared with
 * @param ranking    every commune and ward, best first (for a province only)
 */
public record Dashboard(String unit, String unitName, boolean province, LocalDate from, LocalDate to, Form06 form06,
        Index766 index, Integer rank, Integer rankedUnits, List<Loss> losses, List<MonthFigures> trend,
        List<Ranking> ranking, List<Reports.Overdue> overdue, List<Reports.Overdue> dueSoon, Comparison comparison) {

    /**
     * The same unit in another period (by default the one of equal length just before): its figures, score and rank,
     * to show what moved.
     */
    public record Comparison(LocalDate from, LocalDate to, Figures figures, double score, Integer rank) {
    }

    /** An indicator that did not score full points: how many points, why, and the dossiers to fix if xaso has them. */
    public record Loss(String code, String name, double lost, String explanation, String cell) {
    }
}
