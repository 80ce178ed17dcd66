package vn.xaso.dossier;

import java.math.BigDecimal;
import java.time.Instant;

/** Inter-agency work (liên thông): handed to {@code toUnit} with a budget of working days, due at {@code dueAt}. */
public record DossierTransferred(String code, String unitCode, String toUnit, BigDecimal workingDays, Instant dueAt,
        String reason, Instant at) implements DossierEvent {

    @Override
    public String note() {
        return toUnit + ": " + reason;
    }
}
