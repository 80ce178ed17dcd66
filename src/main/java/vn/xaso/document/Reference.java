package vn.xaso.document;

import java.time.LocalDate;

/**
 * The number, symbol and date printed on the document ({@code Số: 05/QĐ-UBND}, ngày …): the sender's for an
 * incoming one, this unit's once an outgoing one is issued.
 */
public record Reference(String codeNumber, String codeNotation, LocalDate issuedDate) {

    static final Reference NONE = new Reference(null, null, null);

    /** "05/QĐ-UBND", as printed; null when it has neither number nor symbol. */
    public String text() {
        if (codeNumber == null && codeNotation == null) {
            return null;
        }
        return (codeNumber == null ? "" : codeNumber) + (codeNotation == null ? "" : "/" + codeNotation);
    }
}
