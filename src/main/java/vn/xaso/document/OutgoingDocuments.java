package vn.xaso.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
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
import vn.xaso.workflow.Instance;
import vn.xaso.workflow.StepKind;
import vn.xaso.workflow.Workflows;

/**
 * Outgoing documents: drafts and their recipients, colleagues' opinions, submission to a leader, the leader's
 * signature, numbering and sealing by the clerk, delivery to units on the platform, recall and replacement.
 */
@Component
class OutgoingDocuments {

    private static final int OPINION_DAYS = 2;

    private final Documents documents;
    private final DocumentWork work;
    private final IncomingDocuments incoming;
    private final DocumentFiles files;
    private final Workflows workflows;
    private final Organization organization;
    private final Signatures signatures;
    private final IssuingBodies issuingBodies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutgoingDocuments(Documents documents, DocumentWork work, IncomingDocuments incoming, DocumentFiles files, Workflows workflows,
            Organization organization, Signatures signatures, IssuingBodies issuingBodies, ApplicationEventPublisher events,
            Clock clock) {
        this.issuingBodies = issuingBodies;
        this.documents = documents;
        this.work = work;
        this.incoming = incoming;
        this.files = files;
        this.workflows = workflows;
        this.organization = organization;
        this.signatures = signatures;
        this.events = events;
        this.clock = clock;
    }

    /** A specialist starts an outgoing draft; it stays in their inbox until submitted for signature. */
    public Document createOutgoing(XasoUser drafter, NewOutgoing out) {
        if (!drafter.hasRole(Role.SPECIALIST) && !drafter.hasRole(Role.LEADER) && !drafter.hasRole(Role.CLERK)) {
            throw new Forbidden("document.draft.officials-only");
        }
        DocumentType type = DocumentType.parse(out.typeCode())
                .orElseThrow(() -> new InvalidInput("typeCode", "document.type.unknown"));
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, Organization.ZONE).getYear();
        String book = out.book() == null || out.book().isBlank() ? type.name() : DocumentType.plain(out.book());
        Document draft = new Document(0, drafter.unitCode(), Direction.OUTGOING, DocumentStatus.DRAFT, type.name(),
                type.displayName(), out.subject().strip(), "NORMAL", null, null, null, null, null, null, null, null, book, year,
                null, drafter.getUsername(), null, null, null, null, null, null, null, null, null, replaces(drafter, out),
                null, null, null, drafter.getUsername(), now, 0);
        String department = null;
        if (out.department() != null && !out.department().isBlank()) {
            department = issuingBodies.of(drafter.unitCode()).departments().stream()
                    .filter(dep -> dep.code().equalsIgnoreCase(out.department().strip())).findFirst()
                    .orElseThrow(() -> new InvalidInput("department", "document.department.unknown")).code();
        }
        Document d = documents.require(documents.insert(draft));
        documents.putIssuer(d.id(), new Documents.Issuer(department, null, null, null));
        setRecipients(d, out.recipients());
        Instance instance = workflows.create(DocumentWork.KIND, String.valueOf(d.id()), d.unitCode(), DocumentWork.title(d), null);
        workflows.openTask(instance.id(), "draft", StepKind.PROCESS, "Soạn thảo văn bản", Role.SPECIALIST, d.unitCode(),
                drafter.getUsername(), "Tải dự thảo (PDF) lên, xin ý kiến nếu cần, rồi trình lãnh đạo ký.", null, now);
        work.record(d, drafter.getUsername(), "draft", type.displayName());
        return d;
    }

    /** The outgoing document a new one replaces (content error, NĐ 30): an issued one of the same unit. */
    Long replaces(XasoUser drafter, NewOutgoing out) {
        if (out.replacesDocumentId() == null) {
            return null;
        }
        Document replaced = documents.find(out.replacesDocumentId())
                .filter(d -> !d.isIncoming() && d.unitCode().equals(drafter.unitCode())
                        && (d.status() == DocumentStatus.ISSUED || d.status() == DocumentStatus.RECALLED))
                .orElseThrow(() -> new InvalidInput("replacesDocumentId", "document.replaces.unknown"));
        return replaced.id();
    }

    Document requestOpinions(Document d, String me, DocumentRequest r, Instant now) {
        List<Official> people = work.colleagues(d, r.users(), "users");
        if (people.isEmpty()) {
            throw new InvalidInput("users", "document.opinions.users");
        }
        WorkingCalendar calendar = work.calendar(d.unitCode());
        Instant due = r.dueDate() != null ? DocumentWork.endOfDay(calendar, r.dueDate()) : calendar.due(now, WorkingDuration.workingDays(OPINION_DAYS));
        long instance = work.instance(d);
        for (Official o : people) {
            workflows.openTask(instance, "opinion", StepKind.HANDLE, "Cho ý kiến dự thảo", Role.SPECIALIST, d.unitCode(),
                    o.username(), "Đọc dự thảo mới nhất và ghi ý kiến góp ý.", due, now);
            documents.addParticipant(d.id(), o.username(), "OPINION");
        }
        work.record(d, me, "request-opinions", people.stream().map(Official::fullName).collect(Collectors.joining(", ")));
        return d;
    }

    Document submit(Document d, String me, DocumentRequest r, Instant now) {
        Official signer = work.colleague(d, r.signer(), "signer");
        if (!signer.hasRole(Role.LEADER)) {
            throw new InvalidInput("signer", "document.signer.leader");
        }
        if (d.fileId() == null) {
            throw new Conflict("document.submit.no-draft");
        }
        long instance = work.instance(d);
        work.openTasks(d).stream().filter(t -> "draft".equals(t.stepKey()))
                .forEach(t -> workflows.completeTask(t.id(), me, "submitted", now));
        workflows.openTask(instance, "sign", StepKind.APPROVE, "Ký duyệt văn bản đi", Role.LEADER, d.unitCode(),
                signer.username(), "Đọc dự thảo và ý kiến góp ý; ký số nếu đồng ý, hoặc trả lại để sửa.",
                work.calendar(d.unitCode()).due(now, WorkingDuration.workingDays(1)), now);
        Documents.Issuer issuer = documents.issuer(d.id());
        documents.putIssuer(d.id(), new Documents.Issuer(issuer.department(), r.authority(), null, null));
        Document changed = documents.change(d, Map.of("status", DocumentStatus.SUBMITTED, "signer", signer.username()));
        work.record(changed, me, "submit", signer.fullName() + (r.authority() == null ? "" : " (" + r.authority().prefix() + ")"));
        return changed;
    }

    Document sendBack(Document d, String me, DocumentRequest r, Instant now) {
        if (r.reason() == null || r.reason().isBlank()) {
            throw new InvalidInput("reason", "document.send-back.reason");
        }
        long instance = work.instance(d);
        work.openTasks(d).stream().filter(t -> "sign".equals(t.stepKey()))
                .forEach(t -> workflows.completeTask(t.id(), me, "sent back", now));
        workflows.openTask(instance, "draft", StepKind.PROCESS, "Sửa dự thảo theo ý kiến lãnh đạo", Role.SPECIALIST, d.unitCode(),
                d.draftedBy(), r.reason().strip(), null, now);
        Document changed = documents.change(d, Map.of("status", DocumentStatus.DRAFT));
        work.record(changed, me, "send-back", r.reason().strip());
        return changed;
    }

    /** The leader's personal signature on the latest draft, with its visible stamp. */
    Document sign(Document d, String me, DocumentRequest r, Instant now) {
        StoredFile draft = files.require(d.fileId());
        if (!"application/pdf".equals(draft.contentType())) {
            throw new Conflict("document.draft.docx");
        }
        Placement placement = r.anchor() == null || r.anchor().isBlank() ? Placement.BOTTOM_RIGHT : Placement.below(r.anchor().strip());
        byte[] signed = signatures.signPersonal(files.content(draft), me, placement);
        Documents.Issuer issuer = documents.issuer(d.id());
        SignatureBlock block = issuingBodies.signatureBlock(me, issuer.authority());
        documents.putIssuer(d.id(), new Documents.Issuer(issuer.department(), block.authority(), block.competence(),
                block.position()));
        StoredFile file = files.store(d, signed, draft.name(), "SIGNED", true, me);
        work.openTasks(d).stream().filter(t -> "sign".equals(t.stepKey()))
                .forEach(t -> workflows.completeTask(t.id(), me, "signed", now));
        workflows.openTask(work.instance(d), "issue", StepKind.RETURN, "Vào số, đóng dấu và phát hành", Role.CLERK, d.unitCode(),
                null, "Kiểm tra thể thức, cho số, đóng dấu số của cơ quan và phát hành trong ngày.",
                work.calendar(d.unitCode()).dueSameDay(now), now);
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("status", DocumentStatus.SIGNED);
        set.put("signed_at", now);
        set.put("file_id", file.id());
        Document changed = documents.change(d, set);
        work.record(changed, me, "sign", null);
        return changed;
    }

    /**
     * The clerk numbers the signed document in its book for the year of issue ({@code 05/QĐ-UBND}), applies the unit's seal with the
     * number and time, registers it and sends it: units on the platform receive it at once as incoming.
     */
    Document issue(Document d, String me, DocumentRequest r, Instant now) {
        if (r.recipients() != null && !r.recipients().isEmpty()) {
            documents.clearRecipients(d.id());
            setRecipients(d, r.recipients());
        }
        DocumentType type = DocumentType.parse(d.typeCode()).orElse(DocumentType.CV);
        // numbers restart at 01 on 1 January: the series is the year of issue, not of the draft (NĐ 30/2020)
        LocalDate issuedDate = LocalDate.ofInstant(now, Organization.ZONE);
        int number = documents.nextNumber(d.unitCode(), d.book(), issuedDate.getYear());
        String codeNumber = number < 10 ? "0" + number : String.valueOf(number);
        IssuingBody body = issuingBodies.of(d.unitCode());
        String notation = type.notation(body.abbreviation(), body.department(documents.issuer(d.id()).department()).code());
        StoredFile signed = files.require(d.fileId());
        // the seal goes over the leader's signature first; then the number is written on the "Số:" line
        byte[] sealed = signatures.writeNumber(signatures.signOrganisation(files.content(signed), d.unitCode(),
                "Số: " + codeNumber + "/" + notation, Placement.WHERE_SIGNED), d.unitCode(), codeNumber, notation);
        StoredFile issued = files.store(d, sealed, codeNumber + "-" + notation.replace('/', '-') + ".pdf", "ISSUED", true, me);
        work.finishWork(d, me, "issued", now);
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("status", DocumentStatus.ISSUED);
        set.put("number", number);
        set.put("code_number", codeNumber);
        set.put("code_notation", notation);
        set.put("year", issuedDate.getYear());
        set.put("issued_date", issuedDate);
        set.put("issued_at", now);
        set.put("issued_by", me);
        set.put("file_id", issued.id());
        Document changed = documents.change(d, set);
        work.record(changed, me, "issue", "Số " + codeNumber + "/" + notation);
        deliver(changed, sealed, issued.name(), me, now);
        if (changed.replacesId() != null) {
            Document replaced = documents.lock(changed.replacesId());
            if (replaced.status() == DocumentStatus.ISSUED) {
                withdraw(replaced, me, "Được thay thế bởi văn bản số " + codeNumber + "/" + notation, now);
            }
        }
        events.publishEvent(new DocumentIssued(changed.id(), changed.unitCode(), codeNumber + "/" + notation));
        return changed;
    }

    /** Each recipient unit on the platform gets the issued document as an incoming one with its own arrival number. */
    void deliver(Document d, byte[] pdf, String fileName, String me, Instant now) {
        Unit sender = organization.requireUnit(d.unitCode());
        for (Documents.Recipient recipient : documents.recipients(d.id())) {
            if (recipient.unitCode() == null) {
                continue;
            }
            NewIncoming copy = new NewIncoming(new NewIncoming.Sender(sender.code(), sender.name()), d.codeNumber(),
                    d.codeNotation(), d.issuedDate(), d.typeName(), d.subject(), d.priority(), null);
            Document received = incoming.receive(recipient.unitCode(), me, copy, d.id());
            StoredFile file = files.store(received, pdf, fileName, "ISSUED", true, me);
            documents.change(received, Map.of("file_id", file.id()));
            documents.markDelivered(d.id(), recipient.unitCode(), received.id(), now);
        }
    }

    Document recall(Document d, String me, DocumentRequest r, Instant now) {
        if (r.reason() == null || r.reason().isBlank()) {
            throw new InvalidInput("reason", "document.recall.reason");
        }
        return withdraw(d, me, r.reason().strip(), now);
    }

    /** Recalls an issued document and every copy delivered on the platform; all are frozen. */
    Document withdraw(Document d, String me, String reason, Instant now) {
        Document changed = freeze(d, me, reason, now);
        for (Documents.Recipient recipient : documents.recipients(d.id())) {
            if (recipient.deliveredDocumentId() != null) {
                freeze(documents.lock(recipient.deliveredDocumentId()), me, "Cơ quan ban hành thu hồi: " + reason, now);
            }
        }
        return changed;
    }

    Document freeze(Document d, String me, String reason, Instant now) {
        workflows.instance(DocumentWork.KIND, String.valueOf(d.id())).ifPresent(i -> workflows.completeOpen(i.id(), me, "recalled", now));
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("status", DocumentStatus.RECALLED);
        set.put("recalled_at", now);
        set.put("recall_reason", reason);
        Document changed = documents.change(d, set);
        work.record(changed, me, "recall", reason);
        return changed;
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
