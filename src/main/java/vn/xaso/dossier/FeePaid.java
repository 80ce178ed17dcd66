package vn.xaso.dossier;

import java.time.Instant;

/** The dossier's fee was collected ({@code method}: CASH, TRANSFER, ONLINE) under e-receipt {@code receiptNumber}. */
public record FeePaid(String code, String unitCode, long amount, String method, int receiptYear, int receiptNumber,
        Instant at) implements DossierEvent {

    @Override
    public String note() {
        return Money.figures(amount) + " đ, biên lai số " + String.format("%07d", receiptNumber);
    }
}
