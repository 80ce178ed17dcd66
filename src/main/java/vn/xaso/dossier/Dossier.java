package vn.xaso.dossier;

import java.time.Instant;
import java.util.List;
import vn.xaso.calendar.Timeliness;
import vn.xaso.catalog.Procedure.Channel;

/** A dossier as stored: the applicant, the procedure version it was received under, its dates and state. */
public record Dossier(String code, String procedureCode, int procedureVersion, long definitionId, String unitCode,
        String handlingUnit, Channel channel, DossierStatus status, Applicant applicant, String owner,
        Instant submittedAt, Instant receivedAt, Instant dueAt, Instant legalDueAt, Instant finishedAt, Instant returnedAt,
        Timeliness timeliness, int supplementCount, boolean lateBySupplement, boolean extended,
        DossierStatus statusBeforeSupplement, List<String> missing, Channel returnChannel, String proposalSummary,
        boolean proposalRefusal, Integer rating, String ratingComment, int sets, Channel resultChannel,
        RegisterLine registerLine, Instant handedOverAt, String resultReference, int version) {

    /** The dossier's line in the unit's Sổ theo dõi hồ sơ: the book (the year of receipt) and its running number. */
    public record RegisterLine(int book, int line) {
    }
}
