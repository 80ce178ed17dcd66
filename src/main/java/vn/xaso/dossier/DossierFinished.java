package vn.xaso.dossier;

import java.time.Instant;
import vn.xaso.calendar.Timeliness;

/** The dossier's processing ended (result ready, refused, stopped or withdrawn), with its timeliness if it counts. */
public record DossierFinished(String code, String unitCode, DossierStatus status, Instant finishedAt, Timeliness timeliness) {
}
