package vn.xaso.dossier;

import vn.xaso.api.InvalidInput;
import vn.xaso.catalog.Fee;
import vn.xaso.catalog.Procedure.Channel;

/**
 * What a dossier is charged under its procedure version's fee schedule: the amount, phí or lệ phí, the pages or copies
 * a per-unit fee is counted on, and the exemption or reduction granted (its reason), as the e-receipt prints them.
 */
record Charge(long amount, String feeKind, Integer units, String exemption) {

    static final int MAX_UNITS = 10_000;

    /**
     * The charge for a dossier handed in on {@code channel}: {@code units} pages or copies for a per-unit fee (one if not
     * said), the exemption the counter chose by its reason, else the reduction the schedule grants that channel by
     * itself (a lower fee online), else the full amount.
     */
    static Charge due(Fee fee, Channel channel, Integer units, String exemption) {
        if (fee.kind() == Fee.Kind.FREE || fee.amount() == null) {
            return new Charge(0, null, null, null);
        }
        int counted = fee.perUnit() == null || units == null ? 1 : units;
        if (counted < 1 || counted > MAX_UNITS) {
            throw new InvalidInput("units", "dossier.fee.units", MAX_UNITS);
        }
        Fee.Exemption granted = exemption != null
                ? fee.exemptions().stream().filter(e -> e.reason().equals(exemption.strip()) && (e.channel() == null || e.channel() == channel))
                        .findFirst().orElseThrow(() -> new InvalidInput("exemption", "dossier.fee.exemption-unknown"))
                : fee.exemptions().stream().filter(e -> e.channel() != null && e.channel() == channel).findFirst().orElse(null);
        return new Charge(granted != null ? granted.amount() : fee.amountFor(counted), fee.kind().name(),
                fee.perUnit() == null ? null : counted, granted == null ? null : granted.reason());
    }

    /** An amount taken as it came (a payment online the dossier could not take then), under the schedule's kind. */
    static Charge taken(Fee fee, long amount) {
        return new Charge(amount, fee.kind() == Fee.Kind.FREE ? null : fee.kind().name(), null, null);
    }
}
