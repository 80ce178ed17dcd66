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
import vn.xaso.api.InvalidInput;
import vn.xaso.audit.AuditEvent;
import vn.xaso.calendar.Calendars;
import vn.xaso.calendar.WorkingCalendar;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.workflow.Task;
import vn.xaso.workflow.Workflows;

/**
 * What every document action needs: its workflow instance and tasks, colleagues of the unit, the unit's calendar,
 * the history line and the audit event. Shared by incoming and outgoing work.
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

    Document opinion(Document d, String me, DocumentRequest r, Instant now) {
        if (r.text() == null || r.text().isBlank()) {
            throw new InvalidInput("text", "document.opinion.text");
        }
        documents.addOpinion(d.id(), me, now, r.text().strip());
        openTasks(d).stream().filter(t -> me.equals(t.assignee()) && ("coordinate".equals(t.stepKey()) || "opinion".equals(t.stepKey())))
                .forEach(t -> workflows.completeTask(t.id(), me, "opinion given", now));
        record(d, me, "opinion", r.text().strip());
        return d;
    }

    /** The document's work is over: its open tasks close and its clock stops. */
    void finishWork(Document d, String me, String outcome, Instant now) {
        long instance = instance(d);
        workflows.completeOpen(instance, me, outcome, now);
        workflows.finish(instance, now, outcome);
    }

    void completeMyTasks(Document d, String me, String outcome, Instant now) {
        openTasks(d).stream().filter(t -> me.equals(t.assignee())).forEach(t -> workflows.completeTask(t.id(), me, outcome, now));
    }

    Official colleague(Document d, String username, String field) {
        if (username == null || username.isBlank()) {
            throw new InvalidInput(field, "input.required", field);
        }
        Official official = organization.official(username.strip())
                .filter(o -> o.active() && o.unitCode().equals(d.unitCode()))
                .orElseThrow(() -> new InvalidInput(field, "organization.official.not-active", username.strip()));
        return official;
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

    void record(Document d, String actor, String action, String note) {
        documents.addHistory(d.id(), clock.instant(), actor, action, d.status(), note);
        events.publishEvent(AuditEvent.of("document." + action, d.unitCode(), "document", String.valueOf(d.id()), null,
                Map.of("status", d.status().name(), "note", note == null ? "" : note)));
    }

    static String title(Document d) {
        String reference = d.reference();
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
