package vn.xaso.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.xaso.api.Conflict;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.calendar.WorkingDuration;
import vn.xaso.files.StoredFile;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.IssuingBodies;
import vn.xaso.organization.IssuingBody;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;
import vn.xaso.organization.SignatureBlock;
import vn.xaso.organization.Unit;
import vn.xaso.signing.Placement;
import vn.xaso.signing.Signatures;

/**
 * Outgoing documents: drafts and their recipients, colleagues' opinions, submission to a leader, the leader's
 * signature, numbering and sealing by the clerk.
 */
@Component
class OutgoingDocuments {

    private static final int OPINION_DAYS = 2;

    private final Documents documents;
    private final DocumentWork work;
    private final DocumentFiles files;
    private final Organization organization;
    private final Signatures signatures;
    private final IssuingBodies issuingBodies;
    private final Clock clock;

    OutgoingDocuments(Documents documents, DocumentWork work, DocumentFiles files, Organization organization,
            Signatures signatures, IssuingBodies issuingBodies, Clock clock) {
        this.documents = documents;
        this.work = work;
        this.files = files;
        this.organization = organization;
        this.signatures = signatures;
        this.issuingBodies = issuingBodies;
        this.clock = clock;
    }

    /** A specialist starts an outgoing draft; it stays in their inbox until submitted for signature. */
    Document createOutgoing(XasoUser drafter, NewOutgoing out) {
        if (!drafter.hasRole(Role.SPECIALIST) && !drafter.hasRole(Role.LEADER) && !drafter.hasRole(Role.CLERK)) {
            throw new Forbidden("document.draft.officials-only");
        }
        DocumentType type = DocumentType.parse(out.typeCode())
                .orElseThrow(() -> new InvalidInput("typeCode", "document.type.unknown"));
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, Organization.ZONE).getYear();
        String book = out.book() == null || out.book().isBlank() ? type.name() : DocumentType.plain(out.book());
        if (!book.equals(type.name()) && IssuedPapers.ownedByAnother(book)) {
            // the incoming book's arrival numbers, another type's series, a kind of result's: none is this type's
            throw new InvalidInput("book", "document.book.reserved", book);
        }
        Document draft = Document.drafted(drafter.unitCode(),
                new Content(type.name(), type.displayName(), out.subject().strip(), "NORMAL"),
                new Registration(book, year, null, null, null, drafter.getUsername(), now), drafter.getUsername(),
                replaces(drafter, out));
        String department = null;
        if (out.department() != null && !out.department().isBlank()) {
            department = issuingBodies.of(drafter.unitCode()).departments().stream()
                    .filter(dep -> dep.code().equalsIgnoreCase(out.department().strip())).findFirst()
                    .orElseThrow(() -> new InvalidInput("department", "document.department.unknown")).code();
        }
        Document d = documents.require(documents.insert(draft));
        documents.putIssuer(d.id(), new Documents.Issuer(department, null, null, null));
        setRecipients(d, out.recipients());
        DocumentDrafted event = new DocumentDrafted(d.id(), d.unitCode(), type.displayName(), drafter.getUsername(), now);
        work.follow(d, event, drafter.getUsername(), now);
        work.record(d, drafter.getUsername(), "draft", event);
        return d;
    }

    /** The outgoing document a new one replaces (content error, NĐ 30): an issued one of the same unit. */
    private Long replaces(XasoUser drafter, NewOutgoing out) {
        if (out.replacesDocumentId() == null) {
            return null;
        }
        Document replaced = documents.find(out.replacesDocumentId())
                .filter(d -> !d.isIncoming() && d.unitCode().equals(drafter.unitCode())
                        && (d.status() == DocumentStatus.ISSUED || d.status() == DocumentStatus.RECALLED))
                .orElseThrow(() -> new InvalidInput("replacesDocumentId", "document.replaces.unknown"));
        return replaced.id();
    }

    OpinionsRequested requestOpinions(Document d, DocumentCommand.RequestOpinions command, Instant now) {
        List<Official> people = work.colleagues(d, command.users(), "users");
        WorkingCalendar calendar = work.calendar(d.unitCode());
        Instant due = command.dueDate() != null ? DocumentWork.endOfDay(calendar, command.dueDate())
                : calendar.due(now, WorkingDuration.workingDays(OPINION_DAYS));
        people.forEach(o -> documents.addParticipant(d.id(), o.username(), "OPINION"));
        return d.requestOpinions(people.stream().map(Official::username).toList(),
                people.stream().map(Official::fullName).collect(Collectors.joining(", ")), due, now);
    }

    /** To a leader of the unit, who signs for themselves or with the authority named. */
    DraftSubmitted submit(Document d, DocumentCommand.Submit command, Instant now) {
        Official signer = work.colleague(d, command.signer(), "signer");
        if (!signer.hasRole(Role.LEADER)) {
            throw new InvalidInput("signer", "document.signer.leader");
        }
        DraftSubmitted event = d.submit(signer.username(), signer.fullName(), command.authority(), now);
        Documents.Issuer issuer = documents.issuer(d.id());
        documents.putIssuer(d.id(), new Documents.Issuer(issuer.department(), command.authority(), null, null));
        return event;
    }

    /** The leader's personal signature on the latest draft, with its visible stamp. */
    DocumentSigned sign(Document d, String me, DocumentCommand.Sign command, Instant now) {
        StoredFile draft = files.require(d.fileId());
        if (!"application/pdf".equals(draft.contentType())) {
            throw new Conflict("document.draft.docx");
        }
        Placement placement = command.anchor() == null ? Placement.SIGNER_BLOCK : Placement.below(command.anchor());
        byte[] signed = signatures.signPersonal(files.content(draft), me, placement,
                signatures.confirm(me, command.confirmation(), 1, "document " + d.id()));
        Documents.Issuer issuer = documents.issuer(d.id());
        SignatureBlock block = issuingBodies.signatureBlock(me, issuer.authority());
        documents.putIssuer(d.id(), new Documents.Issuer(issuer.department(), block.authority(), block.competence(),
                block.position()));
        StoredFile file = files.store(d, signed, draft.name(), "SIGNED", true, me);
        return d.sign(file.id(), now);
    }

    /**
     * The clerk numbers the signed document in its book for the year of issue ({@code 05/QĐ-UBND}) and applies the
     * unit's seal with the number and time; delivery follows the event ({@link DocumentDelivery}).
     */
    DocumentIssued issue(Document d, String me, DocumentCommand.Issue command, Instant now) {
        if (command.recipients() != null && !command.recipients().isEmpty()) {
            documents.clearRecipients(d.id());
            setRecipients(d, command.recipients());
        }
        DocumentType type = DocumentType.parse(d.content().typeCode()).orElse(DocumentType.CV);
        // numbers restart at 01 on 1 January: the series is the year of issue, not of the draft (NĐ 30/2020)
        LocalDate issuedDate = LocalDate.ofInstant(now, Organization.ZONE);
        int number = documents.nextNumber(d.unitCode(), d.registration().book(), issuedDate.getYear());
        String codeNumber = number < 10 ? "0" + number : String.valueOf(number);
        IssuingBody body = issuingBodies.of(d.unitCode());
        String notation = type.notation(body.abbreviation(), body.department(documents.issuer(d.id()).department()).code());
        if (!d.registration().book().equals(type.name())) {
            // a second book for the same kind carries its own symbol, or its 01 would repeat the first book's 01
            notation = notation + "-" + d.registration().book();
        }
        StoredFile signed = files.require(d.fileId());
        // the seal goes over the leader's signature first; then the number is written on the "Số:" line
        byte[] sealed = signatures.writeNumber(signatures.signOrganisation(files.content(signed), d.unitCode(),
                "Số: " + codeNumber + "/" + notation, Placement.WHERE_SIGNED), d.unitCode(), codeNumber, notation);
        StoredFile issued = files.store(d, sealed, codeNumber + "-" + notation.replace('/', '-') + ".pdf", "ISSUED", true, me);
        return d.issue(number, new Reference(codeNumber, notation, issuedDate), issued.id(), me, now);
    }

    void setRecipients(Document d, List<DocumentRequest.RecipientInput> recipients) {
        if (recipients == null) {
            return;
        }
        int ordinal = 0;
        Set<String> seen = new HashSet<>();
        for (DocumentRequest.RecipientInput input : recipients) {
            if (input == null) {
                continue;
            }
            String unitCode = DocumentWork.blank(input.unitCode());
            String name = DocumentWork.blank(input.name());
            if (unitCode != null) {
                Unit unit = organization.unit(unitCode)
                        .orElseThrow(() -> new InvalidInput("recipients", "document.recipients.unknown", unitCode));
                if (unit.code().equals(d.unitCode())) {
                    throw new InvalidInput("recipients", "document.recipients.self");
                }
                name = unit.name();
            } else if (name == null) {
                throw new InvalidInput("recipients", "document.recipients.incomplete");
            }
            if (seen.add(unitCode != null ? unitCode : name)) {
                documents.addRecipient(d.id(), ordinal++, new Documents.Recipient(unitCode, DocumentWork.blank(input.organId()), name, null, null, null));
            }
        }
    }
}
