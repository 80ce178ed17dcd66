package vn.xaso.catalog;

/**
 * What a unit offers, counted for Decision 766 (indicators 1.1 and 3.1, and the fee group): procedures it carries out
 * or receives, those published in full (a confirmed time and components), fully online, with a fee, and with a fee
 * and offered online.
 */
public record OfferedCounts(long count, long published, long fullyOnline, long withFee, long withFeeOnline) {

    public static final OfferedCounts NONE = new OfferedCounts(0, 0, 0, 0, 0);
}
