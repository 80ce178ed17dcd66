package vn.xaso.dossier;

import java.time.Instant;

/** An online dossier was accepted and waits for its fee ({@code amount}) to be paid before it is received. */
public record PaymentAwaited(String code, String unitCode, long amount, Instant at) implements DossierEvent {

    @Override
    public String note() {
        return "Chờ nộp " + Money.figures(amount) + " đ";
    }
}
