package vn.xaso.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's score by Decision 766/QĐ-TTg for a period (100 points): five groups of indicators, each with its
 * numerator, denominator, rate, score and maximum, and a note where xaso has no data for it yet.
 */
public record Index766(String unit, String unitName, LocalDate from, LocalDate to, double score, int max,
        List<Group> groups) {

    public record Group(String code, String name, double score, int max, List<Indicator> indicators) {
    }

    /** {@code rate} is null when there was nothing to count. */
    public record Indicator(String code, String name, long numerator, long denominator, Double rate, double score,
            double max, String note) {
    }
}
