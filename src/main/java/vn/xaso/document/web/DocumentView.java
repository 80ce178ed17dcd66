package vn.xaso.document.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.xaso.document.Document;
import vn.xaso.document.DocumentDesk;
import vn.xaso.document.Documents;

/** A document as the API shows it: its metadata, people, recipients, versions, opinions and open tasks. */
record DocumentView(long id, String unitCode, String direction, String status, String typeCode, String typeName, String subject,
        String priority, SenderView sender, String codeNumber, String codeNotation, Integer number, String notation,
        LocalDate issuedDate, Instant issuedAt, Integer arrivalNumber, Instant arrivalDate, LocalDate dueDate, String book,
        String drafter, String signer, Instant signedAt, String mainHandler, String instruction, Instant completedAt,
        Long replyDocumentId, Long sourceDocumentId, Long replacesId, Instant recalledAt, String recallReason, UUID fileId,
        List<Participant> participants, List<Documents.Recipient> recipients, List<Documents.DraftVersion> versions,
        List<Documents.Opinion> opinions, List<OpenTask> currentTasks) {

    /** Who sent an incoming document (its schema name differs from the request's {@code Sender}). */
    record SenderView(String organId, String name) {
    }

    record Participant(String username, String part) {
    }

    record OpenTask(String step, String name, String assignee, Instant dueAt) {
    }

    /** The short form used in lists. */
    record Summary(long id, String direction, String status, String typeName, String subject, String notation,
            Integer arrivalNumber, Instant arrivalDate, String senderName, LocalDate dueDate, Instant registeredAt) {

        static Summary of(Document d) {
            return new Summary(d.id(), d.direction().name(), d.status().name(), d.typeName(), d.subject(), d.reference(),
                    d.arrivalNumber(), d.arrivalDate(), d.senderName(), d.dueDate(), d.registeredAt());
        }
    }

    static DocumentView of(Document d, DocumentDesk desk) {
        return new DocumentView(d.id(), d.unitCode(), d.direction().name(), d.status().name(), d.typeCode(), d.typeName(),
                d.subject(), d.priority(), d.senderName() == null ? null : new SenderView(d.senderOrganId(), d.senderName()),
                d.codeNumber(), d.codeNotation(), d.number(), d.reference(), d.issuedDate(), d.issuedAt(), d.arrivalNumber(),
                d.arrivalDate(), d.dueDate(), d.book(), d.draftedBy(), d.signer(), d.signedAt(), d.mainHandler(),
                d.instruction(), d.completedAt(), d.replyDocumentId(), d.sourceDocumentId(), d.replacesId(), d.recalledAt(), d.recallReason(),
                d.fileId(), desk.participants(d).stream().map(p -> new Participant(p.username(), p.part())).toList(),
                desk.recipients(d), desk.versions(d), desk.opinions(d),
                desk.openTasks(d).stream().map(t -> new OpenTask(t.stepKey(), t.stepName(), t.assignee(), t.dueAt())).toList());
    }
}
