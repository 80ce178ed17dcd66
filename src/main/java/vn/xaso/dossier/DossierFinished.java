package vn.xaso.dossier;

import java.time.Instant;
import vn.xaso.calendar.Timeliness;
import vn.xaso.catalog.Procedure.Channel;

/**
 * Processing ended: result ready (DONE), refused, stopped or withdrawn, with its timeliness when it counts (null for
 * a withdrawal or a refusal before the clock started) and the reason given (for a result, the approver's comment);
 * with what reports count it by: the procedure, the channel it came by and when it was received (null if never).
 */
public record DossierFinished(String code, String unitCode, String procedureCode, int procedureVersion, Channel channel,
        Instant receivedAt, DossierStatus status, Instant at, Timeliness timeliness, String reason) implements DossierEvent {

    @Override
    public String note() {
        return reason;
    }
}
