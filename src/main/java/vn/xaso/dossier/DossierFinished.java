package vn.xaso.dossier;

import java.time.Instant;
import vn.xaso.calendar.Timeliness;

/**
 * Processing ended: result ready (DONE), refused, stopped or withdrawn, with its timeliness when it counts (null for
 * a withdrawal or a refusal before the clock started) and the reason given (for a result, the approver's comment).
 */
public record DossierFinished(String code, String unitCode, DossierStatus status, Instant at, Timeliness timeliness,
        String reason) implements DossierEvent {

    @Override
    public String note() {
        return reason;
    }
}
