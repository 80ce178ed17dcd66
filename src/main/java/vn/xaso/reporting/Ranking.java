package vn.xaso.reporting;

import java.util.List;

/**
 * One unit's place among the province's units of its level by the Decision 766 index, best first (ties share a
 * rank); rates are shares of 1, null when there was nothing to count.
 */
public record Ranking(int rank, String unitCode, String unitName, double score, Double onTimeRate, Double onlineRate,
        long received, List<GroupScore> groups) {

    /** A group of the index (1 publicity … 5 satisfaction): its score and maximum. */
    public record GroupScore(String code, double score, int max) {
    }
}
