package vn.xaso.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.xaso.api.InvalidInput;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.calendar.WorkingDuration;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;

/**
 * Incoming documents: registration with an arrival number and the leader's task for today, assignment to a main
 * handler with coordinators and people to inform, completion (with a reply document).
 */
@Component
class IncomingDocuments {

    /** The book incoming documents take their arrival numbers from (Sổ văn bản đến): no outgoing book may be named so. */
    static final String BOOK = "DEN";
    private static final Set<String> PRIORITIES = Set.of("NORMAL", "URGENT", "VERY_URGENT", "EXPRESS");
    private static final int DEFAULT_HANDLING_DAYS = 10;

    private final Documents documents;
    private final DocumentWork work;
    private final Clock clock;

    IncomingDocuments(Documents documents, DocumentWork work, Clock clock) {
        this.documents = documents;
        this.work = work;
        this.clock = clock;
    }

    /** Registers an incoming document in a unit (typed by its clerk, delivered by the platform, or read from EDXML). */
    Document receive(String unitCode, String by, NewIncoming in, Long sourceDocumentId) {
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, Organization.ZONE).getYear();
        String priority = priority(in.priority());
        int arrival = documents.nextNumber(unitCode, BOOK, year);
        Content content = new Content(null, in.typeName().strip(), in.subject().strip(), priority);
        Document arrived = Document.arrived(unitCode, content,
                new Origin(DocumentWork.blank(in.sender().organId()), in.sender().name().strip()),
                new Reference(DocumentWork.blank(in.codeNumber()), DocumentWork.blank(in.codeNotation()), in.issuedDate()),
                in.dueDate(), new Registration(BOOK, year, arrival, now, null, by, now), sourceDocumentId);
        Document d = documents.require(documents.insert(arrived));
        DocumentRegistered event = new DocumentRegistered(d.id(), unitCode, arrival, sourceDocumentId, now);
        work.follow(d, event, by, now);
        work.record(d, by, "register", event);
        return d;
    }

    DocumentAssigned assign(Document d, DocumentCommand.Assign command, Instant now) {
        Official main = work.colleague(d, command.mainHandler(), "mainHandler");
        List<Official> coordinators = work.colleagues(d, command.coordinators(), "coordinators");
        List<Official> informed = work.colleagues(d, command.informed(), "informed");
        Instant due = handlingDue(d, command, work.calendar(d.unitCode()), now);
        documents.addParticipant(d.id(), main.username(), "MAIN");
        coordinators.forEach(c -> documents.addParticipant(d.id(), c.username(), "COORDINATE"));
        informed.forEach(i -> documents.addParticipant(d.id(), i.username(), "INFORM"));
        var people = new DocumentAssigned.People(main.username(), main.fullName(), persons(coordinators), persons(informed));
        return d.assign(people, command.instruction(), due, LocalDate.ofInstant(due, Organization.ZONE), now);
    }

    /** By the day the leader sets, within the working days set, by the day the document asks, or in 10 working days. */
    private Instant handlingDue(Document d, DocumentCommand.Assign command, WorkingCalendar calendar, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Organization.ZONE);
        if (command.dueDate() != null) {
            if (command.dueDate().isBefore(today)) {
                throw new InvalidInput("dueDate", "document.due.past");
            }
            return DocumentWork.endOfDay(calendar, command.dueDate());
        }
        if (command.dueInWorkingDays() != null) {
            return calendar.due(now, WorkingDuration.workingDays(command.dueInWorkingDays()));
        }
        LocalDate asked = d.handling().dueDate();
        if (asked != null && !asked.isBefore(today)) {
            return DocumentWork.endOfDay(calendar, asked);
        }
        return calendar.due(now, WorkingDuration.workingDays(DEFAULT_HANDLING_DAYS));
    }

    /** Handled; a reply must be an outgoing document of the same unit that was not recalled. */
    DocumentCompleted complete(Document d, Long replyDocumentId, Instant now) {
        if (replyDocumentId != null) {
            Document reply = documents.find(replyDocumentId)
                    .filter(x -> x.unitCode().equals(d.unitCode()) && !x.isIncoming())
                    .orElseThrow(() -> new InvalidInput("replyDocumentId", "document.reply.not-outgoing"));
            if (reply.status() == DocumentStatus.RECALLED) {
                throw new InvalidInput("replyDocumentId", "document.reply.recalled");
            }
        }
        return d.complete(replyDocumentId, now);
    }

    static String priority(String priority) {
        if (priority == null || priority.isBlank()) {
            return "NORMAL";
        }
        String key = priority.strip().toUpperCase(Locale.ROOT);
        if (!PRIORITIES.contains(key)) {
            throw new InvalidInput("priority", "document.priority");
        }
        return key;
    }

    private static List<DocumentAssigned.Person> persons(List<Official> officials) {
        return officials.stream().map(o -> new DocumentAssigned.Person(o.username(), o.fullName())).toList();
    }
}
