package vn.xaso.archive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One file of a unit's yearly list: code, title, retention ({@code null} years = permanent), keeper; open, closed
 * (work ended, to be transferred by {@code transferDue}) or transferred to the agency archive.
 */
public record WorkFile(long id, String unitCode, int year, String code, String title, Integer retentionYears, String keeper,
        Status status, LocalDate openedOn, LocalDate closedOn, LocalDate transferDue, Instant transferredAt,
        String transferredBy, String createdBy, Instant createdAt, int version) {

    public enum Status { OPEN, CLOSED, TRANSFERRED }

    public boolean isPermanent() {
        return retentionYears == null;
    }

    /** The last day the file must be kept: the end of the year it was closed plus its retention period. */
    public LocalDate retainedUntil() {
        if (retentionYears == null || closedOn == null) {
            return null;
        }
        return LocalDate.of(closedOn.getYear() + retentionYears, 12, 31);
    }

    /** One document or dossier in the file. */
    public record Item(String kind, String ref, String title, String addedBy, Instant addedAt) {
    }
}
