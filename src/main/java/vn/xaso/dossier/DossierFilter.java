package vn.xaso.dossier;

import java.time.Instant;
import java.util.List;

/**
 * Which dossiers to list: of some units (null: any), of one citizen, in one status, submitted in a period,
 * matching a text (code, ID number, applicant's name with or without diacritics), after a cursor.
 */
record DossierFilter(List<String> units, String owner, String ownerIdNumber, DossierStatus status, Instant from,
        Instant to, String text, Cursor after) {

    /** The last dossier of the previous page. */
    record Cursor(Instant submittedAt, String code) {
    }
}
