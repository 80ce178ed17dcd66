package vn.xaso.dossier;

import java.time.Instant;
import vn.xaso.catalog.Procedure.Channel;

/** The result was handed to the applicant, at the counter, by post or online. */
public record ResultReturned(String code, String unitCode, Channel channel, Instant at) implements DossierEvent {

    @Override
    public String note() {
        return channel.name();
    }
}
