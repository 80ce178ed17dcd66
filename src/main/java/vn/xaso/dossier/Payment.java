package vn.xaso.dossier;

import java.time.Instant;

/**
 * A fee collected for a dossier ({@code PAYMENT}, with its e-receipt's number in the unit's series of the year) or
 * given back ({@code REFUND}, on refusal): how ({@code CASH}, {@code TRANSFER}, {@code ONLINE}), how much, by whom, when.
 */
public record Payment(String kind, String method, long amount, Integer receiptYear, Integer receiptNumber, String note,
        String by, Instant at) {

    /** The receipt's number as printed: 0000003. */
    public String receipt() {
        return receiptNumber == null ? null : String.format("%07d", receiptNumber);
    }
}
