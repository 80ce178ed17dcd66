package vn.xaso.dossier;

import java.time.Instant;
import vn.xaso.catalog.Procedure.Channel;

/** A dossier was received: its clock runs from {@code at} and the result is due at {@code dueAt}. */
public record DossierReceived(String code, String unitCode, String procedureCode, int procedureVersion, Channel channel,
        Instant at, Instant dueAt, Receipt.RegisterLine line) implements DossierEvent {
}
