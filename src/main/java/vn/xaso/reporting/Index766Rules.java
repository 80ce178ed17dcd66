package vn.xaso.reporting;

import java.util.List;

/**
 * The Decision 766 formulas as the national portal computes them (design/domain.md §8): an indicator with a
 * threshold scores full points at it and {@code rate × max ÷ threshold} below. Names and notes are message keys
 * ({@code report.766.2.1}, {@code report.766.note.data-reuse}).
 * <p>
 * <b>Nothing to judge</b>, one rule for every indicator: a unit never gains points by collecting nothing. An indicator
 * whose count is empty — no dossier received or resolved, no dossier with a fee, no rating collected, no procedure
 * offered — scores 0 and says why. The one exception is the portal's own: feedback and petitions (PAKN) score full
 * points in a period without any (design/domain.md §8, "6 when there was nothing to judge"), because none arriving is no
 * failing of the unit's, whereas ratings are the unit's to collect. An indicator xaso cannot measure scores 0 and says
 * so ({@code noData}).
 */
final class Index766Rules {

    private Index766Rules() {
    }

    /** What a unit's score is computed from, for one period. */
    record Inputs(Figures form06, long offered, long published, long fullyOnline, long scanned, long done,
            long resultsSigned, long rated, long satisfied, long synced, long feeBearing, long paidOnline, Payment payment) {
    }

    /** Procedures with a fee offered, of them payable online, and how many were actually paid online in the period. */
    record Payment(long withFee, long payableOnline, long paidOnline) {

        static final Payment NONE = new Payment(0, 0, 0);
    }

    static List<Index766.Group> groups(Inputs in) {
        Figures f = in.form06();
        long receivedInPeriod = f.received().online() + f.received().direct();
        return List.of(
                group("1", 18,
                        rated("1.1", in.published(), in.offered(), 6, 1.0),
                        // the portal judges 1.2 on the progress it shows for each dossier, which xaso cannot see: no
                        // data rather than a rate of a count against itself
                        noData("1.2", f.received().total(), 6, "report.766.note.progress-publicity"),
                        rated("1.4", in.synced(), receivedInPeriod, 6, 1.0)),
                group("2", 20,
                        rated("2.1", f.inTime(), f.processed(), 20, 1.0)),
                group("3", 22,
                        rated("3.1", in.fullyOnline(), in.offered(), 6, 0.8),
                        rated("3.2", f.received().online(), receivedInPeriod, 6, 0.5),
                        rated("3.5", in.paidOnline(), in.feeBearing(), 6, 0.8),
                        paymentIntegration(in.payment())),
                group("4", 22,
                        rated("4.1", in.scanned(), f.resolved().total(), 8, 1.0),
                        rated("4.2", in.resultsSigned(), in.done(), 8, 0.8),
                        noData("4.3", receivedInPeriod, 6, "report.766.note.data-reuse")),
                group("5", 18,
                        nothingToJudge("5.1", 6, "report.766.note.no-feedback"),
                        nothingToJudge("5.2", 6, "report.766.note.no-feedback"),
                        in.rated() == 0 ? new Index766.Indicator("5.4", name("5.4"), 0, 0, null, 0, 6, "report.766.note.no-ratings")
                                : rated("5.4", in.satisfied(), in.rated(), 6, 0.9)));
    }

    static double total(List<Index766.Group> groups) {
        return round(groups.stream().mapToDouble(Index766.Group::score).sum());
    }

    private static Index766.Group group(String code, int max, Index766.Indicator... indicators) {
        double score = 0;
        for (Index766.Indicator indicator : indicators) {
            score += indicator.score();
        }
        return new Index766.Group(code, "report.766.group." + code, round(Math.min(max, score)), max,
                List.of(indicators));
    }

    /** Full points at {@code threshold}, proportionally below; nothing to count scores nothing. */
    private static Index766.Indicator rated(String code, long numerator, long denominator, double max, double threshold) {
        Double rate = denominator == 0 ? null : (double) numerator / denominator;
        double score = rate == null ? 0 : Math.min(max, max * rate / threshold);
        return new Index766.Indicator(code, name(code), numerator, denominator, rate == null ? null : round4(rate),
                round(score), max, rate == null ? "report.766.note.nothing" : null);
    }

    /**
     * 3.6: min(2, 2.5 × B) + 2.5 × C, at most 4, with B the share of the procedures with a fee that can be paid online
     * and C the share actually paid online in the period; the figures shown are C's.
     */
    private static Index766.Indicator paymentIntegration(Payment p) {
        if (p.withFee() == 0) {
            return new Index766.Indicator("3.6", name("3.6"), 0, 0, null, 0, 4, "report.766.note.nothing");
        }
        double integrated = (double) p.payableOnline() / p.withFee();
        double paid = Math.min(1.0, (double) p.paidOnline() / p.withFee());
        double score = Math.min(4, Math.min(2, 2.5 * integrated) + 2.5 * paid);
        return new Index766.Indicator("3.6", name("3.6"), p.paidOnline(), p.withFee(), round4(paid), round(score), 4, null);
    }

    /** Something xaso does not record yet: none of {@code denominator} counts. */
    private static Index766.Indicator noData(String code, long denominator, double max, String note) {
        return new Index766.Indicator(code, name(code), 0, denominator, denominator == 0 ? null : 0.0, 0, max, note);
    }

    /** Feedback and petitions only (the portal's method): none in the period is no failing, full points. */
    private static Index766.Indicator nothingToJudge(String code, double max, String note) {
        return new Index766.Indicator(code, name(code), 0, 0, null, max, max, note);
    }

    private static String name(String code) {
        return "report.766." + code;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
