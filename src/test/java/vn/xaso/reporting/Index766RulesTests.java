package vn.xaso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Decision 766 formulas, without Spring. */
class Index766RulesTests {

    /** 40 received online, 55 directly (5 more withdrawn, apart); 80 early or on time, 10 late; pending 5 within time. */
    private static final Figures QUARTER = Figures.of(40, 55, 0, 50, 30, 10, 5, 5, 0);
    private static final long SYNCED = 90;

    @Test
    void progressIsTwentyTimesTheShareInTimeOfWhatWasProcessed() {
        Index766.Indicator progress = indicator(inputs(QUARTER, 0, 0), "2.1");
        assertThat(progress.numerator()).isEqualTo(85);
        assertThat(progress.denominator()).as("withdrawn dossiers do not count").isEqualTo(95);
        assertThat(progress.score()).isEqualTo(17.89);
    }

    @Test
    void theOnlineShareScoresFullPointsAtHalf() {
        assertThat(indicator(inputs(QUARTER, 0, 0), "3.2").score()).as("40 of 95 online: 42 % of 50 %").isEqualTo(5.05);
        assertThat(indicator(inputs(Figures.of(60, 40, 0, 0, 0, 0, 0, 100, 0), 0, 0), "3.2").score()).isEqualTo(6);
    }

    @Test
    void satisfactionIsJudgedAgainstNinetyPercentAndNothingWhenNobodyRated() {
        assertThat(indicator(inputs(QUARTER, 10, 8), "5.4").score()).isEqualTo(5.33);
        Index766.Indicator nobody = indicator(inputs(QUARTER, 0, 0), "5.4");
        assertThat(nobody.score()).as("a unit gains nothing by collecting no rating").isZero();
        assertThat(nobody.note()).isEqualTo("report.766.note.no-ratings");
        assertThat(indicator(inputs(QUARTER, 0, 0), "5.1").score()).as("no feedback: nothing to judge").isEqualTo(6);
    }

    @Test
    void whatXasoDoesNotRecordYetScoresNothingAndSaysWhy() {
        Index766.Indicator progress = indicator(inputs(QUARTER, 0, 0), "1.2");
        assertThat(progress.score()).as("not received compared with itself: 6 points for any unit").isZero();
        assertThat(progress.note()).isEqualTo("report.766.note.progress-publicity");
        assertThat(indicator(inputs(QUARTER, 0, 0), "4.3").score()).isZero();
        assertThat(indicator(inputs(QUARTER, 0, 0), "4.3").note()).isEqualTo("report.766.note.data-reuse");
    }

    @Test
    void onlinePaymentIsScoredByTheProceduresIntegratedAndActuallyPaidOnline() {
        Index766.Indicator payment = indicator(inputs(QUARTER, 0, 0), "3.6");
        assertThat(payment.numerator()).as("procedures paid online").isEqualTo(1);
        assertThat(payment.denominator()).as("procedures with a fee").isEqualTo(4);
        assertThat(payment.score()).as("min(2, 2.5 × 2/4) + 2.5 × 1/4").isEqualTo(1.88);
        Index766.Indicator none = indicator(new Index766Rules.Inputs(QUARTER, 20, 20, 12, 50, 80, 70, 0, 0, 0, 0, 0,
                new Index766Rules.Payment(4, 0, 0)), "3.6");
        assertThat(none.score()).as("no gateway: nothing integrated, nothing paid").isZero();
    }

    @Test
    void feesPaidOnlineAreJudgedAgainstEightyPercentOfTheDossiersWithAFee() {
        Index766.Indicator paid = indicator(inputs(QUARTER, 0, 0), "3.5");
        assertThat(paid.numerator()).isEqualTo(30);
        assertThat(paid.denominator()).isEqualTo(40);
        assertThat(paid.score()).as("6 × 0.75 ÷ 0.8").isEqualTo(5.63);
    }

    @Test
    void synchronisationWithThePortalIsTheShareOfTheDossiersReceivedThatThePortalHas() {
        Index766.Indicator synced = indicator(inputs(QUARTER, 0, 0), "1.4");
        assertThat(synced.denominator()).as("received in the period, not carried over").isEqualTo(
                QUARTER.received().online() + QUARTER.received().direct());
        assertThat(synced.numerator()).isEqualTo(SYNCED);
        assertThat(synced.score()).isEqualTo(Math.round(600.0 * SYNCED / synced.denominator()) / 100.0);
        Index766.Indicator none = indicator(new Index766Rules.Inputs(QUARTER, 20, 20, 12, 50, 80, 70, 0, 0, 0, 0, 0, Index766Rules.Payment.NONE), "1.4");
        assertThat(none.score()).isZero();
    }

    @Test
    void groupsAddUpToAHundredAtMost() {
        Figures perfect = Figures.of(100, 0, 0, 100, 0, 0, 0, 0, 0);
        var in = new Index766Rules.Inputs(perfect, 10, 10, 10, 100, 100, 100, 10, 10, 100, 40, 40,
                new Index766Rules.Payment(10, 10, 10));
        List<Index766.Group> groups = Index766Rules.groups(in);
        assertThat(groups).extracting(Index766.Group::max).containsExactly(18, 20, 22, 22, 18);
        assertThat(Index766Rules.total(groups)).as("all but data reuse and the portal's progress publicity (6 + 6 points)")
                .isEqualTo(88);
        assertThat(groups.stream().flatMap(g -> g.indicators().stream()).mapToDouble(Index766.Indicator::max).sum())
                .isEqualTo(100);
    }

    private static Index766Rules.Inputs inputs(Figures f, long rated, long satisfied) {
        return new Index766Rules.Inputs(f, 20, 20, 12, 50, 80, 70, rated, satisfied, SYNCED, 40, 30,
                new Index766Rules.Payment(4, 2, 1));
    }

    private static Index766.Indicator indicator(Index766Rules.Inputs in, String code) {
        return Index766Rules.groups(in).stream().flatMap(g -> g.indicators().stream())
                .filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
