package vn.xaso.dossier;

import java.time.Instant;
import vn.xaso.catalog.Procedure.Channel;

/**
 * The applicant rated the handling of their dossier; with what reports count it by: the procedure, the channel and
 * when the dossier was resolved.
 */
public record DossierRated(String code, String unitCode, String procedureCode, int procedureVersion, Channel channel,
        Instant finishedAt, int score, String comment, Instant at) implements DossierEvent {

    @Override
    public String note() {
        return score + (comment == null ? "" : " — " + comment);
    }
}
