package vn.xaso.dossier;

import java.time.Instant;
import java.util.List;

/**
 * Something that happened to a dossier, with structured fields: the history, the audit trail, the inbox and
 * other modules read the fields, never prose. {@link #note()} is the line shown in the dossier's history.
 */
public sealed interface DossierEvent permits DossierSubmitted, DossierReceived, SupplementRequested,
        DossierSupplemented, DossierAssigned, ResultProposed, DossierSentBack, ApprovalPassed, DossierFinished,
        ResultReturned, DossierTransferred, DeadlineExtended, DossierRated, FeePaid,
        PaymentAwaited {

    String code();

    String unitCode();

    Instant at();

    /** The history line's comment. */
    default String note() {
        return null;
    }

    /** The reason given (papers print it: Mẫu 02–05), if any. */
    default String reason() {
        return null;
    }

    /** The items the event lists (what a supplement request asks for). */
    default List<String> items() {
        return List.of();
    }
}
