package vn.xaso.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.xaso.api.InvalidInput;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.calendar.WorkingDuration;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;
import vn.xaso.workflow.Instance;
import vn.xaso.workflow.StepKind;
import vn.xaso.workflow.Workflows;

/**
 * Incoming documents: registration with an arrival number and the leader's task for today, assignment to a main
 * handler with coordinators and people to inform, completion (with a reply document).
 */
@Component
class IncomingDocuments {

    private static final Set<String> PRIORITIES = Set.of("NORMAL", "URGENT", "VERY_URGENT", "EXPRESS");
    private static final int DEFAULT_HANDLING_DAYS = 10;

    private final Documents documents;
    private final DocumentWork work;
    private final Workflows workflows;
    private final Clock clock;

    IncomingDocuments(Documents documents, DocumentWork work, Workflows workflows, Clock clock) {
        this.documents = documents;
        this.work = work;
        this.workflows = workflows;
        this.clock = clock;
    }

    /** Registers an incoming document in a unit (typed by its clerk, delivered by the platform, or read from EDXML). */
    Document receive(String unitCode, String by, NewIncoming in, Long sourceDocumentId) {
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, Organization.ZONE).getYear();
        String priority = priority(in.priority());
        int arrival = documents.nextNumber(unitCode, "DEN", year);
        Document draft = new Document(0, unitCode, Direction.INCOMING, DocumentStatus.REGISTERED, null, in.typeName().strip(),
                in.subject().strip(), priority, DocumentWork.blank(in.sender().organId()), in.sender().name().strip(), DocumentWork.blank(in.codeNumber()),
                DocumentWork.blank(in.codeNotation()), in.issuedDate(), arrival, now, in.dueDate(), "DEN", year, null, null, null, null, null,
                null, null, null, null, null, sourceDocumentId, null, null, null, null, by, now, 0);
        Document d = documents.require(documents.insert(draft));
        Instance instance = workflows.create(DocumentWork.KIND, String.valueOf(d.id()), unitCode, DocumentWork.title(d), null);
        workflows.openTask(instance.id(), "assign", StepKind.ASSIGN, "Phân công xử lý văn bản đến", Role.LEADER, unitCode,
                null, "Đọc văn bản, chọn người xử lý chính, người phối hợp, người nhận để biết và hạn xử lý.",
                work.calendar(unitCode).dueSameDay(now), now);
        work.record(d, by, "register", "Số đến " + arrival);
        return d;
    }

    Document assign(Document d, String me, DocumentRequest r, Instant now) {
        Official main = work.colleague(d, r.mainHandler(), "mainHandler");
        List<Official> coordinators = work.colleagues(d, r.coordinators(), "coordinators");
        List<Official> informed = work.colleagues(d, r.informed(), "informed");
        WorkingCalendar calendar = work.calendar(d.unitCode());
        Instant due = handlingDue(d, r, calendar, now);
        long instance = work.instance(d);
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
        work.record(changed, me, "assign", main.fullName() + (coordinators.isEmpty() ? "" : "; phối hợp: "
                + coordinators.stream().map(Official::fullName).collect(Collectors.joining(", "))));
        return changed;
    }

    Instant handlingDue(Document d, DocumentRequest r, WorkingCalendar calendar, Instant now) {
        if (r.dueDate() != null) {
            if (r.dueDate().isBefore(LocalDate.ofInstant(now, Organization.ZONE))) {
                throw new InvalidInput("dueDate", "document.due.past");
            }
            return DocumentWork.endOfDay(calendar, r.dueDate());
        }
        if (r.dueInWorkingDays() != null) {
            if (r.dueInWorkingDays() < 1 || r.dueInWorkingDays() > 365) {
                throw new InvalidInput("dueInWorkingDays", "document.due.days");
            }
            return calendar.due(now, WorkingDuration.workingDays(r.dueInWorkingDays()));
        }
        if (d.dueDate() != null && !d.dueDate().isBefore(LocalDate.ofInstant(now, Organization.ZONE))) {
            return DocumentWork.endOfDay(calendar, d.dueDate());
        }
        return calendar.due(now, WorkingDuration.workingDays(DEFAULT_HANDLING_DAYS));
    }

    Document complete(Document d, String me, DocumentRequest r, Instant now) {
        if (r.replyDocumentId() != null) {
            Document reply = documents.find(r.replyDocumentId())
                    .filter(x -> x.unitCode().equals(d.unitCode()) && !x.isIncoming())
                    .orElseThrow(() -> new InvalidInput("replyDocumentId", "document.reply.not-outgoing"));
            if (reply.status() == DocumentStatus.RECALLED) {
                throw new InvalidInput("replyDocumentId", "document.reply.recalled");
            }
        }
        work.finishWork(d, me, "completed", now);
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("status", DocumentStatus.COMPLETED);
        set.put("completed_at", now);
        set.put("reply_document_id", r.replyDocumentId());
        Document changed = documents.change(d, set);
        work.record(changed, me, "complete", r.replyDocumentId() == null ? null : "Văn bản trả lời #" + r.replyDocumentId());
        return changed;
    }

    static String priority(String priority) {
        if (priority == null || priority.isBlank()) {
            return "NORMAL";
        }
        String key = priority.strip().toUpperCase(java.util.Locale.ROOT);
        if (!PRIORITIES.contains(key)) {
            throw new InvalidInput("priority", "document.priority");
        }
        return key;
    }
}
