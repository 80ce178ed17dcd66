package vn.xaso.document;

import java.time.Instant;

/** An outgoing document was numbered ({@code reference}: 05/QĐ-UBND), sealed and sent; it replaces {@code replacesId}. */
public record DocumentIssued(long documentId, String unitCode, String reference, Long replacesId, Instant at)
        implements DocumentEvent {

    @Override
    public String note() {
        return "Số " + reference;
    }
}
