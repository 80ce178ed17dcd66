package vn.xaso.dossier;

import java.time.Instant;
import vn.xaso.catalog.Procedure.Channel;

/**
 * The national portal confirmed for the first time that it has the dossier (received {@code receivedAt}, or not yet
 * received when null); with what reports count it by. Not a change of the dossier: not in its history.
 */
public record DossierSynchronised(String code, String unitCode, String procedureCode, int procedureVersion, Channel channel,
        Instant receivedAt, Instant at) {
}
