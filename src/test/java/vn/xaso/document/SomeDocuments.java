package vn.xaso.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Documents of Phường Thiên Trường (H40.02) in each state, built in memory for plain tests of the rules. */
final class SomeDocuments {

    static final String UNIT = "H40.02";
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final UUID FILE = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private SomeDocuments() {
    }

    static Document incoming(DocumentStatus status, Long sourceDocumentId) {
        Handling handling = status == DocumentStatus.REGISTERED ? Handling.dueBy(null)
                : new Handling("chuyenvien", null, LocalDate.of(2026, 12, 4), null, null);
        return new Document(7, UNIT, Direction.INCOMING, new Content(null, "Công văn", "Về việc kiểm tra", "NORMAL"),
                new Origin("000.00.00.H40", "UBND tỉnh Ninh Bình"), sourceDocumentId, null, status,
                new Reference("12", "UBND-VP", LocalDate.of(2026, 11, 20)),
                new Registration("DEN", 2026, 3, NOW, null, "vanthu", NOW), handling, Signing.NONE,
                status == DocumentStatus.RECALLED ? new Recall(NOW, "Thu hồi") : Recall.NONE, null, 0);
    }

    static Document outgoing(DocumentStatus status) {
        boolean named = status != DocumentStatus.DRAFT;
        boolean issued = status == DocumentStatus.ISSUED || status == DocumentStatus.RECALLED;
        return new Document(8, UNIT, Direction.OUTGOING, new Content("TB", "Thông báo", "Lịch làm việc", "NORMAL"),
                Origin.NONE, null, null, status,
                issued ? new Reference("01", "TB-UBND", LocalDate.of(2026, 11, 23)) : Reference.NONE,
                new Registration("TB", 2026, null, null, issued ? 1 : null, "chuyenvien", NOW), Handling.dueBy(null),
                new Signing("chuyenvien", named ? "lanhdao" : null, null, null, null),
                status == DocumentStatus.RECALLED ? new Recall(NOW, "Sai sót") : Recall.NONE, FILE, 0);
    }
}
