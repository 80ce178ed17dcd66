package vn.xaso.reporting;

/**
 * One unit's place among the province's units of its level by the Decision 766 index, best first (ties share a
 * rank); rates are shares of 1, null when there was nothing to count.
 */
public record Ranking(int rank, String unitCode, String unitName, double score, Double onTimeRate, Double onlineRate,
        long received) {
}
