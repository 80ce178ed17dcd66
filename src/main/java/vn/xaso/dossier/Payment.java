package vn.xaso.dossier;

import java.time.Instant;

/**
 * A fee collected for a dossier ({@code PAYMENT}, with its e-receipt's number in the unit's series of the year) or
 * given back ({@code REFUND}, on refusal): how ({@code CASH}, {@code TRANSFER}, {@code ONLINE}), how much, by whom, when;
 * {@code unsettled}: why a payment taken online waits for the counter ("đã thu, chờ xử lý"), null once applied;
 * {@code feeKind} phí or lệ phí, {@code units} the pages or copies a per-unit fee was counted on, {@code exemption} the
 * exemption or reduction granted (its reason), as the e-receipt prints them.
 */
public record Payment(String kind, String method, long amount, Integer receiptYear, Integer receiptNumber, String note,
        String by, Instant at, String unsettled, String feeKind, Integer units, String exemption) {

    public Payment(String kind, String method, long amount, Integer receiptYear, Integer receiptNumber, String note,
            String by, Instant at, String unsettled) {
        this(kind, method, amount, receiptYear, receiptNumber, note, by, at, unsettled, null, null, null);
    }

    /** Paid, but not yet applied to the dossier: the counter must receive it, or refund. */
    public boolean pending() {
        return unsettled != null;
    }

    /** The receipt's number as printed: 0000003. */
    public String receipt() {
        return receiptNumber == null ? null : String.format("%07d", receiptNumber);
    }
}
