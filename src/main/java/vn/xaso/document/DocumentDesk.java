package vn.xaso.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Conflict;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.audit.AuditEvent;
import vn.xaso.calendar.Calendars;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.calendar.WorkingDuration;
import vn.xaso.files.StoredFile;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;
import vn.xaso.organization.Unit;
import vn.xaso.signing.Placement;
import vn.xaso.signing.Signatures;
import vn.xaso.workflow.Instance;
import vn.xaso.workflow.StepKind;
import vn.xaso.workflow.Task;
import vn.xaso.workflow.Workflows;

/**
 * The documents module's published API: register incoming documents, draft outgoing ones, and every action of
 * their lives, each in one transaction, on the history and the audit trail, with tasks in the shared inbox.
 */
@Service
public class DocumentDesk {

    static final String KIND = "DOCUMENT";
    /** The issuing body in symbols: a People's Committee (Ủy ban nhân dân). */
    static final String ISSUING_BODY = "UBND";
    /** The drafting unit in a công văn's symbol: the office (Văn phòng). */
    static final String DRAFTING_UNIT = "VP";
    private static final Set<String> PRIORITIES = Set.of("NORMAL", "URGENT", "VERY_URGENT", "EXPRESS");
    private static final int DEFAULT_HANDLING_DAYS = 10;
    private static final int OPINION_DAYS = 2;

    private final Documents documents;
    private final DocumentFiles files;
    private final Workflows workflows;
    private final Calendars calendars;
    private final Organization organization;
    private final UnitAccess access;
    private final Signatures signatures;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<ArchivedDocuments> archive;

    DocumentDesk(Documents documents, DocumentFiles files, Workflows workflows, Calendars calendars, Organization organization,
            UnitAccess access, Signatures signatures, ApplicationEventPublisher events, Clock clock,
            ObjectProvider<ArchivedDocuments> archive) {
        this.archive = archive;
        this.documents = documents;
        this.files = files;
        this.workflows = workflows;
        this.calendars = calendars;
        this.organization = organization;
        this.access = access;
        this.signatures = signatures;
        this.events = events;
        this.clock = clock;
    }

    /** What registering answers: the document, and earlier documents it duplicates (same sender, number, date). */
    public record Registered(Document document, List<Long> duplicateOf) {
    }

    /** The clerk registers an arriving document: arrival number for the year, then the leader's task for today. */
    @Transactional
    public Registered registerIncoming(XasoUser clerk, NewIncoming in) {
        if (!clerk.hasRole(Role.CLERK) && !clerk.hasRole(Role.LEADER)) {
            throw new Forbidden("Only the clerk (văn thư) registers incoming documents");
        }
        Document d = receive(clerk.unitCode(), clerk.getUsername(), in, null);
        List<Long> duplicates = documents.duplicates(d.unitCode(), d.senderOrganId(), d.senderName(), d.codeNumber(),
                d.codeNotation(), d.issuedDate(), d.id());
        return new Registered(d, duplicates);
    }

    /** Registers an incoming document in a unit (typed by its clerk, delivered by the platform, or read from EDXML). */
    Document receive(String unitCode, String by, NewIncoming in, Long sourceDocumentId) {
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, Organization.ZONE).getYear();
        String priority = priority(in.priority());
        int arrival = documents.nextNumber(unitCode, "DEN", year);
        Document draft = new Document(0, unitCode, Direction.INCOMING, DocumentStatus.REGISTERED, null, in.typeName().strip(),
                in.subject().strip(), priority, blank(in.sender().organId()), in.sender().name().strip(), blank(in.codeNumber()),
                blank(in.codeNotation()), in.issuedDate(), arrival, now, in.dueDate(), "DEN", year, null, null, null, null, null,
                null, null, null, null, null, sourceDocumentId, null, null, null, null, by, now, 0);
        Document d = documents.require(documents.insert(draft));
        Instance instance = workflows.create(KIND, String.valueOf(d.id()), unitCode, title(d), null);
        workflows.openTask(instance.id(), "assign", StepKind.ASSIGN, "Phân công xử lý văn bản đến", Role.LEADER, unitCode,
                null, "Đọc văn bản, chọn người xử lý chính, người phối hợp, người nhận để biết và hạn xử lý.",
                calendar(unitCode).dueSameDay(now), now);
        record(d, by, "register", "Số đến " + arrival);
        return d;
    }

    /** A specialist starts an outgoing draft; it stays in their inbox until submitted for signature. */
    @Transactional
    public Document createOutgoing(XasoUser drafter, NewOutgoing out) {
        if (!drafter.hasRole(Role.SPECIALIST) && !drafter.hasRole(Role.LEADER) && !drafter.hasRole(Role.CLERK)) {
            throw new Forbidden("Only officials draft documents");
        }
        DocumentType type = DocumentType.parse(out.typeCode())
                .orElseThrow(() -> new InvalidInput("typeCode", "is not a document type (QĐ, TB, CV, KH, BC, TTr, GM…)"));
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, Organization.ZONE).getYear();
        String book = out.book() == null || out.book().isBlank() ? type.name() : DocumentType.plain(out.book());
        Document draft = new Document(0, drafter.unitCode(), Direction.OUTGOING, DocumentStatus.DRAFT, type.name(),
                type.displayName(), out.subject().strip(), "NORMAL", null, null, null, null, null, null, null, null, book, year,
                null, drafter.getUsername(), null, null, null, null, null, null, null, null, null, replaces(drafter, out),
                null, null, null, drafter.getUsername(), now, 0);
        Document d = documents.require(documents.insert(draft));
        setRecipients(d, out.recipients());
        Instance instance = workflows.create(KIND, String.valueOf(d.id()), d.unitCode(), title(d), null);
        workflows.openTask(instance.id(), "draft", StepKind.PROCESS, "Soạn thảo văn bản", Role.SPECIALIST, d.unitCode(),
                drafter.getUsername(), "Tải dự thảo (PDF) lên, xin ý kiến nếu cần, rồi trình lãnh đạo ký.", null, now);
        record(d, drafter.getUsername(), "draft", type.displayName());
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
                .orElseThrow(() -> new InvalidInput("replacesDocumentId", "is not an issued document of this unit"));
        return replaced.id();
    }

    /** The document, if the user may see it (their unit, a province monitor, or someone it was given to). */
    public Document get(XasoUser user, long id) {
        Document d = documents.find(id).orElseThrow(() -> new NotFound("Document", id));
        if (!canSee(user, d)) {
            throw new NotFound("Document", id);
        }
        return d;
    }

    boolean canSee(XasoUser user, Document d) {
        return access.canRead(user, d.unitCode()) || documents.isParticipant(d.id(), user.getUsername());
    }

    public List<DocumentAction> actions(XasoUser user, long id) {
        Document d = get(user, id);
        Set<String> parts = parts(d, user);
        return EnumSet.allOf(DocumentAction.class).stream()
                .filter(a -> a.check(user, d, parts) == DocumentAction.Verdict.ALLOWED).toList();
    }

    /** Takes an action (not the draft upload, which carries a file): 403 without the role, 409 at the wrong time. */
    @Transactional
    public Document act(XasoUser user, long id, DocumentAction action, DocumentRequest r) {
        get(user, id);
        Document d = documents.lock(id);
        refuseIfArchived(d);
        Set<String> parts = parts(d, user);
        switch (action.check(user, d, parts)) {
            case FORBIDDEN -> throw new Forbidden("Your role or part in this document does not allow " + action.path());
            case NOT_NOW -> throw new Conflict("'" + action.path() + "' is not possible while the document is " + d.status());
            case ALLOWED -> { }
        }
        Instant now = clock.instant();
        String me = user.getUsername();
        return switch (action) {
            case ASSIGN -> assign(d, me, r, now);
            case OPINION -> opinion(d, me, r, now);
            case ACKNOWLEDGE -> {
                completeMyTasks(d, me, "acknowledged", now);
                record(d, me, "acknowledge", null);
                yield d;
            }
            case COMPLETE -> complete(d, me, r, now);
            case REMIND -> {
                String text = r.text() == null || r.text().isBlank() ? "Đề nghị khẩn trương hoàn thành" : r.text().strip();
                documents.addOpinion(d.id(), me, now, "Đôn đốc: " + text);
                record(d, me, "remind", text);
                yield d;
            }
            case REQUEST_OPINIONS -> requestOpinions(d, me, r, now);
            case SUBMIT -> submit(d, me, r, now);
            case SEND_BACK -> sendBack(d, me, r, now);
            case SIGN -> sign(d, me, r, now);
            case ISSUE -> issue(d, me, r, now);
            case RECALL -> recall(d, me, r, now);
            case UPLOAD_DRAFT -> throw new InvalidInput("file", "upload the draft as multipart/form-data with a 'file' part");
        };
    }

    /**
     * A new draft version; a DOCX becomes a PDF with LibreOffice where it is installed (the DOCX is kept beside it),
     * otherwise it stays DOCX until a PDF is uploaded. The latest version is the one signed.
     */
    @Transactional
    public Document uploadDraft(XasoUser user, long id, byte[] content, String name, String note) {
        get(user, id);
        Document d = documents.lock(id);
        switch (DocumentAction.UPLOAD_DRAFT.check(user, d, parts(d, user))) {
            case FORBIDDEN -> throw new Forbidden("Only the drafter or a specialist of the unit uploads drafts");
            case NOT_NOW -> throw new Conflict("Drafts can only change while the document is a DRAFT (now " + d.status() + ")");
            case ALLOWED -> { }
        }
        StoredFile file = files.store(d, content, name, "DRAFT", false, user.getUsername());
        if (DocumentFiles.isDocx(file)) {
            StoredFile pdf = files.asPdf(d, file, user.getUsername());
            file = pdf == null ? file : pdf;
        }
        int version = documents.addVersion(d.id(), file.id(), user.getUsername(), clock.instant(), note);
        Document changed = documents.change(d, Map.of("file_id", file.id()));
        record(changed, user.getUsername(), "upload-draft", "Phiên bản " + version);
        return changed;
    }

    /** Attaches a scan to an incoming document (the clerk, while it is being handled). */
    @Transactional
    public Document attachScan(XasoUser user, long id, byte[] content, String name) {
        get(user, id);
        Document d = documents.lock(id);
        if (!d.isIncoming() || !user.unitCode().equals(d.unitCode()) || !(user.hasRole(Role.CLERK) || user.hasRole(Role.LEADER))) {
            throw new Forbidden("Only the unit's clerk attaches scans to incoming documents");
        }
        if (d.status() == DocumentStatus.RECALLED) {
            throw new Conflict("A recalled document is frozen");
        }
        StoredFile file = files.store(d, content, name, "SCAN", false, user.getUsername());
        Document changed = d.fileId() == null ? documents.change(d, Map.of("file_id", file.id())) : d;
        record(changed, user.getUsername(), "attach", file.name());
        return changed;
    }

    public List<Documents.Participant> participants(Document d) {
        return documents.participants(d.id());
    }

    public List<Documents.Recipient> recipients(Document d) {
        return documents.recipients(d.id());
    }

    public List<Documents.DraftVersion> versions(Document d) {
        return documents.versions(d.id());
    }

    public List<Documents.Opinion> opinions(Document d) {
        return documents.opinions(d.id());
    }

    public List<Documents.HistoryLine> history(Document d) {
        return documents.history(d.id());
    }

    public List<Task> openTasks(Document d) {
        return workflows.instance(KIND, String.valueOf(d.id())).map(i -> workflows.openTasks(i.id())).orElse(List.of());
    }

    private Document assign(Document d, String me, DocumentRequest r, Instant now) {
        Official main = colleague(d, r.mainHandler(), "mainHandler");
        List<Official> coordinators = colleagues(d, r.coordinators(), "coordinators");
        List<Official> informed = colleagues(d, r.informed(), "informed");
        WorkingCalendar calendar = calendar(d.unitCode());
        Instant due = handlingDue(d, r, calendar, now);
        long instance = instance(d);
        workflows.completeOpen(instance, me, "assigned", now);
        String instruction = r.instruction() == null ? null : r.instruction().strip();
        String guidance = instruction == null || instruction.isEmpty() ? "Xử lý văn bản theo chức năng, nhiệm vụ." : instruction;
        workflows.openTask(instance, "handle", StepKind.HANDLE, "Xử lý chính văn bản", Role.SPECIALIST, d.unitCode(),
                main.username(), guidance, due, now);
        documents.addParticipant(d.id(), main.username(), "MAIN");
        for (Official c : coordinators) {
            workflows.openTask(instance, "coordinate", StepKind.HANDLE, "Phối hợp xử lý: cho ý kiến", Role.SPECIALIST,
                    d.unitCode(), c.username(), guidance, due, now);
            documents.addParticipant(d.id(), c.username(), "COORDINATE");
        }
        for (Official i : informed) {
            workflows.openTask(instance, "inform", StepKind.HANDLE, "Nhận để biết", Role.SPECIALIST, d.unitCode(),
                    i.username(), "Đọc văn bản rồi bấm «Đã xem».", null, now);
            documents.addParticipant(d.id(), i.username(), "INFORM");
        }
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("status", DocumentStatus.ASSIGNED);
        set.put("main_handler", main.username());
        set.put("instruction", instruction);
        set.put("due_date", LocalDate.ofInstant(due, Organization.ZONE));
        Document changed = documents.change(d, set);
        record(changed, me, "assign", main.fullName() + (coordinators.isEmpty() ? "" : "; phối hợp: "
                + coordinators.stream().map(Official::fullName).collect(Collectors.joining(", "))));
        return changed;
    }

    private Instant handlingDue(Document d, DocumentRequest r, WorkingCalendar calendar, Instant now) {
        if (r.dueDate() != null) {
            if (r.dueDate().isBefore(LocalDate.ofInstant(now, Organization.ZONE))) {
                throw new InvalidInput("dueDate", "is in the past");
            }
            return endOfDay(calendar, r.dueDate());
        }
        if (r.dueInWorkingDays() != null) {
            if (r.dueInWorkingDays() < 1 || r.dueInWorkingDays() > 365) {
                throw new InvalidInput("dueInWorkingDays", "must be between 1 and 365");
            }
            return calendar.due(now, WorkingDuration.workingDays(r.dueInWorkingDays()));
        }
        if (d.dueDate() != null && !d.dueDate().isBefore(LocalDate.ofInstant(now, Organization.ZONE))) {
            return endOfDay(calendar, d.dueDate());
        }
        return calendar.due(now, WorkingDuration.workingDays(DEFAULT_HANDLING_DAYS));
    }

    private static Instant endOfDay(WorkingCalendar calendar, LocalDate day) {
        return day.atTime(calendar.officeHours().afternoonEnd()).atZone(Organization.ZONE).toInstant();
    }

    private Document opinion(Document d, String me, DocumentRequest r, Instant now) {
        if (r.text() == null || r.text().isBlank()) {
            throw new InvalidInput("text", "write the opinion");
        }
        documents.addOpinion(d.id(), me, now, r.text().strip());
        openTasks(d).stream().filter(t -> me.equals(t.assignee()) && ("coordinate".equals(t.stepKey()) || "opinion".equals(t.stepKey())))
                .forEach(t -> workflows.completeTask(t.id(), me, "opinion given", now));
        record(d, me, "opinion", r.text().strip());
        return d;
    }

    private Document complete(Document d, String me, DocumentRequest r, Instant now) {
        if (r.replyDocumentId() != null) {
            Document reply = documents.find(r.replyDocumentId())
                    .filter(x -> x.unitCode().equals(d.unitCode()) && !x.isIncoming())
                    .orElseThrow(() -> new InvalidInput("replyDocumentId", "is not an outgoing document of this unit"));
            if (reply.status() == DocumentStatus.RECALLED) {
                throw new InvalidInput("replyDocumentId", "is recalled");
            }
        }
        finishWork(d, me, "completed", now);
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("status", DocumentStatus.COMPLETED);
        set.put("completed_at", now);
        set.put("reply_document_id", r.replyDocumentId());
        Document changed = documents.change(d, set);
        record(changed, me, "complete", r.replyDocumentId() == null ? null : "Văn bản trả lời #" + r.replyDocumentId());
        return changed;
    }

    private Document requestOpinions(Document d, String me, DocumentRequest r, Instant now) {
        List<Official> people = colleagues(d, r.users(), "users");
        if (people.isEmpty()) {
            throw new InvalidInput("users", "name at least one colleague");
        }
        WorkingCalendar calendar = calendar(d.unitCode());
        Instant due = r.dueDate() != null ? endOfDay(calendar, r.dueDate()) : calendar.due(now, WorkingDuration.workingDays(OPINION_DAYS));
        long instance = instance(d);
        for (Official o : people) {
            workflows.openTask(instance, "opinion", StepKind.HANDLE, "Cho ý kiến dự thảo", Role.SPECIALIST, d.unitCode(),
                    o.username(), "Đọc dự thảo mới nhất và ghi ý kiến góp ý.", due, now);
            documents.addParticipant(d.id(), o.username(), "OPINION");
        }
        record(d, me, "request-opinions", people.stream().map(Official::fullName).collect(Collectors.joining(", ")));
        return d;
    }

    private Document submit(Document d, String me, DocumentRequest r, Instant now) {
        Official signer = colleague(d, r.signer(), "signer");
        if (!signer.hasRole(Role.LEADER)) {
            throw new InvalidInput("signer", "must be a leader of the unit");
        }
        if (d.fileId() == null) {
            throw new Conflict("Upload the draft before submitting it for signature");
        }
        long instance = instance(d);
        openTasks(d).stream().filter(t -> "draft".equals(t.stepKey()))
                .forEach(t -> workflows.completeTask(t.id(), me, "submitted", now));
        workflows.openTask(instance, "sign", StepKind.APPROVE, "Ký duyệt văn bản đi", Role.LEADER, d.unitCode(),
                signer.username(), "Đọc dự thảo và ý kiến góp ý; ký số nếu đồng ý, hoặc trả lại để sửa.",
                calendar(d.unitCode()).due(now, WorkingDuration.workingDays(1)), now);
        Document changed = documents.change(d, Map.of("status", DocumentStatus.SUBMITTED, "signer", signer.username()));
        record(changed, me, "submit", signer.fullName());
        return changed;
    }

    private Document sendBack(Document d, String me, DocumentRequest r, Instant now) {
        if (r.reason() == null || r.reason().isBlank()) {
            throw new InvalidInput("reason", "say what must change");
        }
        long instance = instance(d);
        openTasks(d).stream().filter(t -> "sign".equals(t.stepKey()))
                .forEach(t -> workflows.completeTask(t.id(), me, "sent back", now));
        workflows.openTask(instance, "draft", StepKind.PROCESS, "Sửa dự thảo theo ý kiến lãnh đạo", Role.SPECIALIST, d.unitCode(),
                d.draftedBy(), r.reason().strip(), null, now);
        Document changed = documents.change(d, Map.of("status", DocumentStatus.DRAFT));
        record(changed, me, "send-back", r.reason().strip());
        return changed;
    }

    /** The leader's personal signature on the latest draft, with its visible stamp. */
    private Document sign(Document d, String me, DocumentRequest r, Instant now) {
        StoredFile draft = files.require(d.fileId());
        if (!"application/pdf".equals(draft.contentType())) {
            throw new Conflict("The latest draft is a DOCX that could not be converted here: upload it as PDF before signing");
        }
        Placement placement = r.anchor() == null || r.anchor().isBlank() ? Placement.BOTTOM_RIGHT : Placement.below(r.anchor().strip());
        byte[] signed = signatures.signPersonal(files.content(draft), me, placement);
        StoredFile file = files.store(d, signed, draft.name(), "SIGNED", true, me);
        openTasks(d).stream().filter(t -> "sign".equals(t.stepKey()))
                .forEach(t -> workflows.completeTask(t.id(), me, "signed", now));
        workflows.openTask(instance(d), "issue", StepKind.RETURN, "Vào số, đóng dấu và phát hành", Role.CLERK, d.unitCode(),
                null, "Kiểm tra thể thức, cho số, đóng dấu số của cơ quan và phát hành trong ngày.",
                calendar(d.unitCode()).dueSameDay(now), now);
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("status", DocumentStatus.SIGNED);
        set.put("signed_at", now);
        set.put("file_id", file.id());
        Document changed = documents.change(d, set);
        record(changed, me, "sign", null);
        return changed;
    }

    /**
     * The clerk numbers the signed document in its book ({@code 05/QĐ-UBND}), applies the unit's seal with the
     * number and time, registers it and sends it: units on the platform receive it at once as incoming.
     */
    private Document issue(Document d, String me, DocumentRequest r, Instant now) {
        if (r.recipients() != null && !r.recipients().isEmpty()) {
            documents.clearRecipients(d.id());
            setRecipients(d, r.recipients());
        }
        DocumentType type = DocumentType.parse(d.typeCode()).orElse(DocumentType.CV);
        int number = documents.nextNumber(d.unitCode(), d.book(), d.year());
        String codeNumber = number < 10 ? "0" + number : String.valueOf(number);
        String notation = type.notation(ISSUING_BODY, DRAFTING_UNIT);
        StoredFile signed = files.require(d.fileId());
        byte[] sealed = signatures.signOrganisation(files.content(signed), d.unitCode(), "Số: " + codeNumber + "/" + notation,
                Placement.WHERE_SIGNED);
        StoredFile issued = files.store(d, sealed, codeNumber + "-" + notation.replace('/', '-') + ".pdf", "ISSUED", true, me);
        finishWork(d, me, "issued", now);
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("status", DocumentStatus.ISSUED);
        set.put("number", number);
        set.put("code_number", codeNumber);
        set.put("code_notation", notation);
        set.put("issued_date", LocalDate.ofInstant(now, Organization.ZONE));
        set.put("issued_at", now);
        set.put("issued_by", me);
        set.put("file_id", issued.id());
        Document changed = documents.change(d, set);
        record(changed, me, "issue", "Số " + codeNumber + "/" + notation);
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
    private void deliver(Document d, byte[] pdf, String fileName, String me, Instant now) {
        Unit sender = organization.requireUnit(d.unitCode());
        for (Documents.Recipient recipient : documents.recipients(d.id())) {
            if (recipient.unitCode() == null) {
                continue;
            }
            NewIncoming copy = new NewIncoming(new NewIncoming.Sender(sender.code(), sender.name()), d.codeNumber(),
                    d.codeNotation(), d.issuedDate(), d.typeName(), d.subject(), d.priority(), null);
            Document received = receive(recipient.unitCode(), me, copy, d.id());
            StoredFile file = files.store(received, pdf, fileName, "ISSUED", true, me);
            documents.change(received, Map.of("file_id", file.id()));
            documents.markDelivered(d.id(), recipient.unitCode(), received.id(), now);
        }
    }

    private Document recall(Document d, String me, DocumentRequest r, Instant now) {
        if (r.reason() == null || r.reason().isBlank()) {
            throw new InvalidInput("reason", "say why the document is recalled");
        }
        return withdraw(d, me, r.reason().strip(), now);
    }

    /** Recalls an issued document and every copy delivered on the platform; all are frozen. */
    private Document withdraw(Document d, String me, String reason, Instant now) {
        Document changed = freeze(d, me, reason, now);
        for (Documents.Recipient recipient : documents.recipients(d.id())) {
            if (recipient.deliveredDocumentId() != null) {
                freeze(documents.lock(recipient.deliveredDocumentId()), me, "Cơ quan ban hành thu hồi: " + reason, now);
            }
        }
        return changed;
    }

    private Document freeze(Document d, String me, String reason, Instant now) {
        workflows.instance(KIND, String.valueOf(d.id())).ifPresent(i -> workflows.completeOpen(i.id(), me, "recalled", now));
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("status", DocumentStatus.RECALLED);
        set.put("recalled_at", now);
        set.put("recall_reason", reason);
        Document changed = documents.change(d, set);
        record(changed, me, "recall", reason);
        return changed;
    }

    private void refuseIfArchived(Document d) {
        ArchivedDocuments archived = archive.getIfAvailable();
        if (archived != null && archived.isArchived(d.id())) {
            throw new Conflict("The document is in a work file transferred to the archive and cannot change");
        }
    }

    /**
     * Hands one official's open documents to a successor (hand-over): their drafts and their parts (main handler,
     * coordinator, opinions asked) in documents still in progress. Their tasks move with the workflow's hand-over.
     */
    @Transactional
    public List<Document> handOver(String from, String to) {
        List<Document> open = documents.openWorkOf(from);
        documents.replaceParticipant(from, to);
        documents.replaceDrafter(from, to);
        return open;
    }

    /** The document's work is over: its open tasks close and its clock stops. */
    private void finishWork(Document d, String me, String outcome, Instant now) {
        long instance = instance(d);
        workflows.completeOpen(instance, me, outcome, now);
        workflows.finish(instance, now, outcome);
    }

    private void completeMyTasks(Document d, String me, String outcome, Instant now) {
        openTasks(d).stream().filter(t -> me.equals(t.assignee())).forEach(t -> workflows.completeTask(t.id(), me, outcome, now));
    }

    private void setRecipients(Document d, List<DocumentRequest.RecipientInput> recipients) {
        if (recipients == null) {
            return;
        }
        int ordinal = 0;
        Set<String> seen = new HashSet<>();
        for (DocumentRequest.RecipientInput input : recipients) {
            if (input == null) {
                continue;
            }
            String unitCode = blank(input.unitCode());
            String name = blank(input.name());
            if (unitCode != null) {
                Unit unit = organization.unit(unitCode)
                        .orElseThrow(() -> new InvalidInput("recipients", "unit " + unitCode + " does not exist"));
                if (unit.code().equals(d.unitCode())) {
                    throw new InvalidInput("recipients", "a unit does not send documents to itself");
                }
                name = unit.name();
            } else if (name == null) {
                throw new InvalidInput("recipients", "each recipient needs a unitCode (on the platform) or a name");
            }
            if (seen.add(unitCode != null ? unitCode : name)) {
                documents.addRecipient(d.id(), ordinal++, new Documents.Recipient(unitCode, blank(input.organId()), name, null, null, null));
            }
        }
    }

    private Official colleague(Document d, String username, String field) {
        if (username == null || username.isBlank()) {
            throw new InvalidInput(field, "is required");
        }
        Official official = organization.official(username.strip())
                .filter(o -> o.active() && o.unitCode().equals(d.unitCode()))
                .orElseThrow(() -> new InvalidInput(field, username.strip() + " is not an active official of this unit"));
        return official;
    }

    private List<Official> colleagues(Document d, List<String> usernames, String field) {
        if (usernames == null) {
            return List.of();
        }
        Set<String> unique = new LinkedHashSet<>();
        usernames.stream().filter(u -> u != null && !u.isBlank()).forEach(u -> unique.add(u.strip()));
        List<Official> officials = new ArrayList<>();
        for (String username : unique) {
            officials.add(colleague(d, username, field));
        }
        return officials;
    }

    private Set<String> parts(Document d, XasoUser user) {
        return documents.participants(d.id()).stream().filter(p -> p.username().equals(user.getUsername()))
                .map(Documents.Participant::part).collect(Collectors.toSet());
    }

    private long instance(Document d) {
        return workflows.instance(KIND, String.valueOf(d.id()))
                .orElseGet(() -> workflows.create(KIND, String.valueOf(d.id()), d.unitCode(), title(d), null)).id();
    }

    private WorkingCalendar calendar(String unitCode) {
        return calendars.forUnit(unitCode);
    }

    private void record(Document d, String actor, String action, String note) {
        documents.addHistory(d.id(), clock.instant(), actor, action, d.status(), note);
        events.publishEvent(AuditEvent.of("document." + action, d.unitCode(), "document", String.valueOf(d.id()), null,
                Map.of("status", d.status().name(), "note", note == null ? "" : note)));
    }

    private static String title(Document d) {
        String reference = d.reference();
        return (reference == null ? d.typeName() : d.typeName() + " " + reference) + ": " + d.subject();
    }

    private static String priority(String priority) {
        if (priority == null || priority.isBlank()) {
            return "NORMAL";
        }
        String key = priority.strip().toUpperCase(java.util.Locale.ROOT);
        if (!PRIORITIES.contains(key)) {
            throw new InvalidInput("priority", "must be NORMAL, URGENT, VERY_URGENT or EXPRESS");
        }
        return key;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
