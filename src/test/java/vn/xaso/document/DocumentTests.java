package vn.xaso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.xaso.api.Conflict;
import vn.xaso.api.Refusal;

/** The document's own transitions, without Spring: what each changes and the event it returns. */
class DocumentTests {

    private static final Instant NOW = SomeDocuments.NOW;
    private static final UUID SEALED = UUID.fromString("00000000-0000-0000-0000-000000000009");

    @Test
    void issuedInJanuaryItTakesTheNewYearsSeriesAndPrintsItsNumber() {
        Document d = SomeDocuments.outgoing(DocumentStatus.SIGNED);
        Instant january = Instant.parse("2027-01-04T01:00:00Z");
        DocumentIssued issued = d.issue(1, new Reference("01", "TB-UBND", LocalDate.of(2027, 1, 4)), SEALED, "vanthu", january);

        assertThat(d.registration().year()).isEqualTo(2027);
        assertThat(d.registration().number()).isEqualTo(1);
        assertThat(d.reference().text()).isEqualTo("01/TB-UBND");
        assertThat(d.fileId()).as("the sealed copy is the document now").isEqualTo(SEALED);
        assertThat(d.signing().issuedBy()).isEqualTo("vanthu");
        assertThat(issued.reference()).isEqualTo("01/TB-UBND");
    }

    @Test
    void aDraftWithoutAFileCannotBeSubmitted() {
        Document d = Document.drafted(SomeDocuments.UNIT, new Content("TB", "Thông báo", "Lịch", "NORMAL"),
                new Registration("TB", 2026, null, null, null, "chuyenvien", NOW), "chuyenvien", null);
        assertThatThrownBy(() -> d.submit("lanhdao", "Trần Văn Lãnh", null, NOW))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("document.submit.no-draft"));
        d.uploadDraft(SomeDocuments.FILE, 1, NOW);
        DraftSubmitted submitted = d.submit("lanhdao", "Trần Văn Lãnh", null, NOW);
        assertThat(d.status()).isEqualTo(DocumentStatus.SUBMITTED);
        assertThat(d.signing().signer()).isEqualTo("lanhdao");
        assertThat(submitted.note()).isEqualTo("Trần Văn Lãnh");
    }

    @Test
    void aDraftSentBackGoesToItsDrafter() {
        Document d = SomeDocuments.outgoing(DocumentStatus.SUBMITTED);
        DraftSentBack sentBack = d.sendBack("Sửa trích yếu", NOW);
        assertThat(sentBack.drafter()).isEqualTo("chuyenvien");
        assertThat(d.status()).isEqualTo(DocumentStatus.DRAFT);
    }

    @Test
    void assignmentNamesTheHandlerAndTheDayItIsDue() {
        Document d = SomeDocuments.incoming(DocumentStatus.REGISTERED, null);
        var people = new DocumentAssigned.People("chuyenvien", "Lê Thị Hoa",
                List.of(new DocumentAssigned.Person("chuyenvien3", "Phạm Văn Nam")), List.of());
        DocumentAssigned assigned = d.assign(people, null, NOW, LocalDate.of(2026, 12, 7), NOW);
        assertThat(d.handling().mainHandler()).isEqualTo("chuyenvien");
        assertThat(d.handling().dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(assigned.note()).isEqualTo("Lê Thị Hoa; phối hợp: Phạm Văn Nam");

        DocumentCompleted completed = d.complete(42L, NOW);
        assertThat(d.handling().replyDocumentId()).isEqualTo(42L);
        assertThat(completed.note()).isEqualTo("Văn bản trả lời #42");
    }

    @Test
    void onlyAnIssuedDocumentOrADeliveredCopyIsRecalled() {
        Document copy = SomeDocuments.incoming(DocumentStatus.COMPLETED, 5L);
        copy.recall("Cơ quan ban hành thu hồi", "lanhdao", NOW);
        assertThat(copy.status()).isEqualTo(DocumentStatus.RECALLED);
        assertThat(copy.recall().reason()).isEqualTo("Cơ quan ban hành thu hồi");

        Document typedIn = SomeDocuments.incoming(DocumentStatus.ASSIGNED, null);
        assertThatThrownBy(() -> typedIn.recall("x", "lanhdao", NOW)).isInstanceOf(Conflict.class);
        Document draft = SomeDocuments.outgoing(DocumentStatus.DRAFT);
        assertThatThrownBy(() -> draft.recall("x", "lanhdao", NOW)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.code()).isEqualTo("document.action.state"));
    }

    @Test
    void aScanBecomesTheDocumentsFileOnlyWhenItHasNone() {
        Document d = SomeDocuments.incoming(DocumentStatus.REGISTERED, null);
        d.attachScan(SomeDocuments.FILE, "scan-1.pdf", NOW);
        d.attachScan(SEALED, "scan-2.pdf", NOW);
        assertThat(d.fileId()).isEqualTo(SomeDocuments.FILE);
    }
}
