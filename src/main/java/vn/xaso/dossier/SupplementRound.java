package vn.xaso.dossier;

import java.time.Instant;
import java.util.List;

/**
 * One request to supplement and its answer, as the national portal lists them (DanhSachHoSoBoSung): when it was asked,
 * why and for what; when the applicant supplemented (null while waiting); and the legal due time in force before the
 * request and the one the supplement set (null where no clock ran: a dossier not received yet).
 */
public record SupplementRound(Instant requestedAt, String reason, List<String> missing, Instant suppliedAt,
        Instant dueBefore, Instant dueAfter) {

    public SupplementRound {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }
}
