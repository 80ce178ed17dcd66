package vn.xaso.dossier;

import java.time.Instant;
import vn.xaso.catalog.Procedure.Channel;

/** A dossier was handed in; online it waits for the counter, at the counter it is received (or asked to complete). */
public record DossierSubmitted(String code, String unitCode, String procedureCode, String procedureName, Channel channel,
        Instant at) implements DossierEvent {

    @Override
    public String note() {
        return procedureName;
    }
}
