package vn.xaso.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One official document in one unit, as registered (incoming) or drafted and issued (outgoing). */
public record Document(long id, String unitCode, Direction direction, DocumentStatus status, String typeCode, String typeName,
        String subject, String priority, String senderOrganId, String senderName, String codeNumber, String codeNotation,
        LocalDate issuedDate, Integer arrivalNumber, Instant arrivalDate, LocalDate dueDate, String book, int year,
        Integer number, String draftedBy, String signer, Instant signedAt, Instant issuedAt, String issuedBy,
        String mainHandler, String instruction, Instant completedAt, Long replyDocumentId, Long sourceDocumentId, Long replacesId,
        Instant recalledAt, String recallReason, UUID fileId, String registeredBy, Instant registeredAt, int version) {

    /** "Số: 05/QĐ-UBND" style reference: number and symbol, as printed on the document. */
    public String reference() {
        if (codeNumber == null && codeNotation == null) {
            return null;
        }
        return (codeNumber == null ? "" : codeNumber) + (codeNotation == null ? "" : "/" + codeNotation);
    }

    public boolean isIncoming() {
        return direction == Direction.INCOMING;
    }
}
