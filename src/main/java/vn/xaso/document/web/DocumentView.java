package vn.xaso.document.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.xaso.document.Document;
import vn.xaso.document.DocumentDesk;
import vn.xaso.document.Documents;
import vn.xaso.document.Handling;
import vn.xaso.document.Reference;
import vn.xaso.document.Registration;
import vn.xaso.document.Signing;

/**
 * A document as the API shows it: its metadata, people, recipients, versions, opinions and open tasks; for one received
 * over the exchange platform its sender there and what its signatures said ({@code exchange.signature}: VALID, INVALID,
 * UNSIGNED); for an issued one what recipients outside the platform reported ({@code exchangeReports}).
 */
record DocumentView(long id, String unitCode, String direction, String status, String typeCode, String typeName, String subject,
        String priority, SenderView sender, String codeNumber, String codeNotation, Integer number, String notation,
        LocalDate issuedDate, Instant issuedAt, Integer arrivalNumber, Instant arrivalDate, LocalDate dueDate, String book,
        String drafter, String signer, Instant signedAt, String mainHandler, String instruction, Instant completedAt,
        Long replyDocumentId, Long sourceDocumentId, Long replacesId, Instant recalledAt, String recallReason, UUID fileId,
        List<Participant> participants, List<Documents.Recipient> recipients, List<Documents.DraftVersion> versions,
        List<Documents.Opinion> opinions, List<OpenTask> currentTasks, Documents.ExchangeOrigin exchange,
        List<Documents.ExchangeReport> exchangeReports) {

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
            Registration registration = d.registration();
            return new Summary(d.id(), d.direction().name(), d.status().name(), d.typeName(), d.subject(),
                    d.reference().text(), registration.arrivalNumber(), registration.arrivalDate(), d.origin().name(),
                    d.handling().dueDate(), registration.registeredAt());
        }
    }

    static DocumentView of(Document d, DocumentDesk desk) {
        Reference reference = d.reference();
        Registration registration = d.registration();
        Handling handling = d.handling();
        Signing signing = d.signing();
        return new DocumentView(d.id(), d.unitCode(), d.direction().name(), d.status().name(), d.content().typeCode(),
                d.typeName(), d.subject(), d.content().priority(),
                d.origin().name() == null ? null : new SenderView(d.origin().organId(), d.origin().name()),
                reference.codeNumber(), reference.codeNotation(), registration.number(), reference.text(),
                reference.issuedDate(), signing.issuedAt(), registration.arrivalNumber(), registration.arrivalDate(),
                handling.dueDate(), registration.book(), signing.draftedBy(), signing.signer(), signing.signedAt(),
                handling.mainHandler(), handling.instruction(), handling.completedAt(), handling.replyDocumentId(),
                d.sourceDocumentId(), d.replacesId(), d.recall().at(), d.recall().reason(), d.fileId(), desk.participants(d).stream().map(p -> new Participant(p.username(), p.part())).toList(),
                desk.recipients(d), desk.versions(d), desk.opinions(d),
                desk.openTasks(d).stream().map(t -> new OpenTask(t.stepKey(), t.stepName(), t.assignee(), t.dueAt())).toList(),
                desk.exchangeOrigin(d).orElse(null), desk.exchangeReports(d));
    }
}
