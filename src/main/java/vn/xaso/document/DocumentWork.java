package vn.xaso.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.xaso.api.Inputs;
import vn.xaso.api.InvalidInput;
import vn.xaso.audit.AuditEvent;
import vn.xaso.calendar.Calendars;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.calendar.WorkingDuration;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;
import vn.xaso.workflow.StepKind;
import vn.xaso.workflow.Task;
import vn.xaso.workflow.Workflows;

/**
 * What every document action needs: colleagues of the unit, the unit's calendar, the work in the shared inbox that
 * follows each event, and the history line, audit entry and event published for it.
 */
@Component
class DocumentWork {

    static final String KIND = "DOCUMENT";

    private final Documents documents;
    private final Workflows workflows;
    private final Calendars calendars;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentWork(Documents documents, Workflows workflows, Calendars calendars, Organization organization,
            ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.workflows = workflows;
        this.calendars = calendars;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /** Moves the document's work in the inbox after {@code event}, in the same transaction. */
    void follow(Document d, DocumentEvent event, String me, Instant now) {
        if (event instanceof DocumentRegistered) {
            workflows.openTask(instance(d), "assign", StepKind.ASSIGN, "Phân công xử lý văn bản đến", Role.LEADER,
                    d.unitCode(), null,
                    "Đọc văn bản, chọn người xử lý chính, người phối hợp, người nhận để biết và hạn xử lý.",
                    calendar(d.unitCode()).dueSameDay(now), now);
        } else if (event instanceof DocumentDrafted drafted) {
            workflows.openTask(instance(d), "draft", StepKind.PROCESS, "Soạn thảo văn bản", Role.SPECIALIST, d.unitCode(),
                    drafted.drafter(), "Tải dự thảo (PDF) lên, xin ý kiến nếu cần, rồi trình lãnh đạo ký.", null, now);
        } else if (event instanceof DocumentAssigned assigned) {
            handOut(d, assigned, me, now);
        } else if (event instanceof OpinionsRequested requested) {
            for (String user : requested.users()) {
                workflows.openTask(instance(d), "opinion", StepKind.HANDLE, "Cho ý kiến dự thảo", Role.SPECIALIST,
                        d.unitCode(), user, "Đọc dự thảo mới nhất và ghi ý kiến góp ý.", requested.dueAt(), now);
            }
        } else if (event instanceof OpinionGiven) {
            openTasks(d).stream().filter(t -> me.equals(t.assignee())
                            && ("coordinate".equals(t.stepKey()) || "opinion".equals(t.stepKey())))
                    .forEach(t -> workflows.completeTask(t.id(), me, "opinion given", now));
        } else if (event instanceof DocumentAcknowledged) {
            openTasks(d).stream().filter(t -> me.equals(t.assignee()))
                    .forEach(t -> workflows.completeTask(t.id(), me, "acknowledged", now));
        } else if (event instanceof DocumentCompleted) {
            finishWork(d, me, "completed", now);
        } else if (event instanceof DraftSubmitted submitted) {
            completeStep(d, "draft", me, "submitted", now);
            workflows.openTask(instance(d), "sign", StepKind.APPROVE, "Ký duyệt văn bản đi", Role.LEADER, d.unitCode(),
                    submitted.signer(), "Đọc dự thảo và ý kiến góp ý; ký số nếu đồng ý, hoặc trả lại để sửa.",
                    calendar(d.unitCode()).due(now, WorkingDuration.workingDays(1)), now);
        } else if (event instanceof DraftSentBack sentBack) {
            completeStep(d, "sign", me, "sent back", now);
            workflows.openTask(instance(d), "draft", StepKind.PROCESS, "Sửa dự thảo theo ý kiến lãnh đạo", Role.SPECIALIST,
                    d.unitCode(), sentBack.drafter(), sentBack.reason(), null, now);
        } else if (event instanceof DocumentSigned) {
            completeStep(d, "sign", me, "signed", now);
            workflows.openTask(instance(d), "issue", StepKind.RETURN, "Vào số, đóng dấu và phát hành", Role.CLERK,
                    d.unitCode(), null, "Kiểm tra thể thức, cho số, đóng dấu số của cơ quan và phát hành trong ngày.",
                    calendar(d.unitCode()).dueSameDay(now), now);
        } else if (event instanceof DocumentIssued) {
            finishWork(d, me, "issued", now);
        } else if (event instanceof DocumentRecalled) {
            workflows.instance(KIND, String.valueOf(d.id()))
                    .ifPresent(i -> workflows.completeOpen(i.id(), me, "recalled", now));
        }
    }

    /** The main handler, each coordinator and each person to inform get their own task at the same time. */
    private void handOut(Document d, DocumentAssigned assigned, String me, Instant now) {
        long instance = instance(d);
        workflows.completeOpen(instance, me, "assigned", now);
        String guidance = assigned.instruction() != null ? assigned.instruction()
                : "Xử lý văn bản theo chức năng, nhiệm vụ.";
        DocumentAssigned.People people = assigned.people();
        workflows.openTask(instance, "handle", StepKind.HANDLE, "Xử lý chính văn bản", Role.SPECIALIST, d.unitCode(),
                people.mainHandler(), guidance, assigned.dueAt(), now);
        for (DocumentAssigned.Person c : people.coordinators()) {
            workflows.openTask(instance, "coordinate", StepKind.HANDLE, "Phối hợp xử lý: cho ý kiến", Role.SPECIALIST,
                    d.unitCode(), c.username(), guidance, assigned.dueAt(), now);
        }
        for (DocumentAssigned.Person i : people.informed()) {
            workflows.openTask(instance, "inform", StepKind.HANDLE, "Nhận để biết", Role.SPECIALIST, d.unitCode(),
                    i.username(), "Đọc văn bản rồi bấm «Đã xem».", null, now);
        }
    }

    /** The document's work is over: its open tasks close and its clock stops. */
    private void finishWork(Document d, String me, String outcome, Instant now) {
        long instance = instance(d);
        workflows.completeOpen(instance, me, outcome, now);
        workflows.finish(instance, now, outcome);
    }

    private void completeStep(Document d, String step, String me, String outcome, Instant now) {
        openTasks(d).stream().filter(t -> step.equals(t.stepKey()))
                .forEach(t -> workflows.completeTask(t.id(), me, outcome, now));
    }

    /**
     * After a transition: the inbox follows, the document is saved (version-checked), the history and audit record
     * it and the event goes out; returns the document as stored.
     */
    Document commit(Document d, String actor, String action, DocumentEvent event, Instant now) {
        follow(d, event, actor, now);
        Document saved = documents.save(d);
        record(saved, actor, action, event);
        return saved;
    }

    /** The history line and the audit entry of an action, then its event for other modules. */
    void record(Document d, String actor, String action, DocumentEvent event) {
        String note = event.note();
        documents.addHistory(d.id(), clock.instant(), actor, action, d.status(), note);
        events.publishEvent(AuditEvent.of("document." + action, d.unitCode(), "document", String.valueOf(d.id()), null,
                Map.of("status", d.status().name(), "note", note == null ? "" : note)));
        events.publishEvent(event);
    }

    Official colleague(Document d, String username, String field) {
        String name = Inputs.required(field, username);
        return organization.official(name).filter(o -> o.active() && o.unitCode().equals(d.unitCode()))
                .orElseThrow(() -> new InvalidInput(field, "organization.official.not-active", name));
    }

    List<Official> colleagues(Document d, List<String> usernames, String field) {
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

    long instance(Document d) {
        return workflows.instance(KIND, String.valueOf(d.id()))
                .orElseGet(() -> workflows.create(KIND, String.valueOf(d.id()), d.unitCode(), title(d), null)).id();
    }

    WorkingCalendar calendar(String unitCode) {
        return calendars.forUnit(unitCode);
    }

    static String title(Document d) {
        String reference = d.reference().text();
        return (reference == null ? d.typeName() : d.typeName() + " " + reference) + ": " + d.subject();
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static Instant endOfDay(WorkingCalendar calendar, LocalDate day) {
        return day.atTime(calendar.officeHours(day).afternoonEnd()).atZone(Organization.ZONE).toInstant();
    }

    public List<Task> openTasks(Document d) {
        return workflows.instance(KIND, String.valueOf(d.id())).map(i -> workflows.openTasks(i.id())).orElse(List.of());
    }
}
