package vn.xaso.document;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Forbidden;
import vn.xaso.api.Inputs;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;

/** A unit's documents, newest first, filtered and searched (number, symbol, sender, subject; diacritics optional). */
@Service
public class DocumentList {

    private final Documents documents;
    private final UnitAccess access;
    private final java.time.Clock clock;

    DocumentList(Documents documents, UnitAccess access, java.time.Clock clock) {
        this.documents = documents;
        this.access = access;
        this.clock = clock;
    }

    /** Up to {@code limit} documents after the cursor; officials see their unit, province monitors any unit they name. */
    public List<Document> page(XasoUser user, String unit, Direction direction, DocumentStatus status, String text,
            Documents.Cursor after, int limit) {
        return page(user, unit, direction, status, text, false, after, limit);
    }

    /** As above; {@code overdue} keeps the incoming documents still being handled after their deadline (to chase them). */
    @Transactional(readOnly = true)
    public List<Document> page(XasoUser user, String unit, Direction direction, DocumentStatus status, String text,
            boolean overdue, Documents.Cursor after, int limit) {
        String unitCode = Inputs.blankToNull(unit) == null ? user.unitCode() : unit.strip();
        if (unitCode == null || !access.canRead(user, unitCode)) {
            throw new Forbidden("document.list.forbidden", unitCode);
        }
        String query = Inputs.blankToNull(text);
        return documents.page(List.of(unitCode), direction, status, query == null ? null : query.strip(),
                overdue ? java.time.LocalDate.now(clock.withZone(vn.xaso.organization.Organization.ZONE)) : null, after, limit);
    }
}
