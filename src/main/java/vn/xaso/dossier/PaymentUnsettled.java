package vn.xaso.dossier;

import java.time.Instant;

/**
 * A fee was paid online for a dossier that could not take it then (withdrawn, not complete, another amount): recorded
 * with its receipt, waiting for the unit's counter to settle it ("đã thu, chờ xử lý").
 */
public record PaymentUnsettled(String code, String unitCode, long amount, String why, Instant at) {
}
