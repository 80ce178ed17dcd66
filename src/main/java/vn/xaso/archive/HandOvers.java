package vn.xaso.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.xaso.api.InvalidInput;
import vn.xaso.audit.AuditEvent;
import vn.xaso.document.Document;
import vn.xaso.document.DocumentDesk;
import vn.xaso.files.PdfRenderer;
import vn.xaso.files.StoredFile;
import vn.xaso.files.StoredFiles;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.signing.Placement;
import vn.xaso.signing.Signatures;
import vn.xaso.workflow.Task;
import vn.xaso.workflow.Workflows;

/**
 * Hand-over (bàn giao): when an official leaves or moves, an administrator gives all their open tasks (dossiers and
 * documents), drafts, document parts and the work files they keep to a successor in one transaction, and gets the
 * hand-over record as a PDF naming and signed by both officials, then sealed with the unit's organisation signature.
 * Both officials must belong to units the administrator administers.
 */
@Service
public class HandOvers {

    static final String OWNER = "HAND_OVER";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final int MAX_LISTED = 1000;
    private static final String GIVER = "BÊN GIAO";
    private static final String TAKER = "BÊN NHẬN";

    private final Workflows workflows;
    private final DocumentDesk documents;
    private final WorkFiles files;
    private final Organization organization;
    private final UnitAccess access;
    private final PdfRenderer pdf;
    private final Signatures signatures;
    private final StoredFiles stored;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandOvers(Workflows workflows, DocumentDesk documents, WorkFiles files, Organization organization, UnitAccess access,
            PdfRenderer pdf, Signatures signatures, StoredFiles stored, ApplicationEventPublisher events, Clock clock) {
        this.workflows = workflows;
        this.documents = documents;
        this.files = files;
        this.organization = organization;
        this.access = access;
        this.pdf = pdf;
        this.signatures = signatures;
        this.stored = stored;
        this.events = events;
        this.clock = clock;
    }

    /** What was handed over, with the id of the sealed PDF record. */
    public record HandOver(long id, String from, String to, Instant at, int tasks, int documents, int files, String recordFileId) {
    }

    @Transactional
    public HandOver handOver(XasoUser admin, String fromUsername, String toUsername, String note) {
        Official from = organization.official(blank(fromUsername, "from"))
                .orElseThrow(() -> new InvalidInput("from", "organization.official.unknown"));
        Official to = organization.official(blank(toUsername, "to")).filter(Official::active)
                .orElseThrow(() -> new InvalidInput("to", "archive.handover.to-inactive"));
        if (from.username().equals(to.username())) {
            throw new InvalidInput("to", "archive.handover.self");
        }
        // both officials must be the administrator's: nobody moves another unit's work, in or out
        access.administered(admin, from.unitCode());
        String unit = access.administered(admin, to.unitCode());
        List<Task> tasks = workflows.openTasksOf(from.username(), MAX_LISTED);
        List<Document> work = documents.handOver(from.username(), to.username());
        List<WorkFile> kept = files.keptBy(from.username());
        int moved = workflows.reassignOpenTasks(from.username(), to.username());
        files.changeKeeper(from.username(), to.username());
        Instant now = clock.instant();
        long id = files.insertHandOver(unit, from.username(), to.username(), admin.getUsername(), now, moved, work.size(),
                kept.size(), note == null || note.isBlank() ? null : note.strip());
        // both officials sign the record (the one handing over, then the one taking over), then the unit seals it
        byte[] paper = pdf.render(record(id, from, to, admin, now, tasks, work, kept, note));
        byte[] signed = signatures.signPersonal(signatures.signPersonal(paper, from.username(), Placement.below(GIVER)),
                to.username(), Placement.below(TAKER));
        byte[] record = signatures.signOrganisation(signed, unit, "Biên bản bàn giao số " + id, Placement.WHERE_SIGNED);
        StoredFile file = stored.store(record, "bien-ban-ban-giao-" + id + ".pdf", OWNER, unit, "HAND_OVER", true,
                admin.getUsername());
        events.publishEvent(AuditEvent.of("archive.hand-over", unit, "official", from.username(), null,
                Map.of("to", to.username(), "tasks", moved, "documents", work.size(), "files", kept.size())));
        return new HandOver(id, from.username(), to.username(), now, moved, work.size(), kept.size(), file.id().toString());
    }

    private String record(long id, Official from, Official to, XasoUser admin, Instant at, List<Task> tasks, List<Document> work,
            List<WorkFile> kept, String note) {
        String unitName = organization.requireUnit(to.unitCode()).name();
        StringBuilder html = new StringBuilder("""
                <html><head><style>
                body { font-family: 'DejaVu Serif'; font-size: 11pt; }
                h1 { text-align: center; font-size: 14pt; margin-bottom: 2pt; }
                p.center { text-align: center; margin-top: 0; }
                table { width: 100%; border-collapse: collapse; margin-bottom: 10pt; }
                th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
                </style></head><body>""");
        html.append("<p>").append(esc(unitName.toUpperCase())).append("</p>");
        html.append("<h1>BIÊN BẢN BÀN GIAO CÔNG VIỆC</h1><p class=\"center\">Số ").append(id).append(" — ")
                .append(esc(WHEN.format(at.atZone(Organization.ZONE)))).append("</p>");
        html.append("<p>Bên giao: <b>").append(esc(from.fullName())).append("</b> (").append(esc(from.title())).append(")<br/>")
                .append("Bên nhận: <b>").append(esc(to.fullName())).append("</b> (").append(esc(to.title())).append(")<br/>")
                .append("Người thực hiện: ").append(esc(admin.fullName())).append("</p>");
        if (note != null && !note.isBlank()) {
            html.append("<p>Ghi chú: ").append(esc(note.strip())).append("</p>");
        }
        html.append("<h2>1. Công việc đang xử lý (").append(tasks.size()).append(")</h2>");
        table(html, List.of("Công việc", "Bước", "Hạn"), tasks.stream().map(t -> List.of(t.title(), t.stepName(),
                t.dueAt() == null ? "" : WHEN.format(t.dueAt().atZone(Organization.ZONE)))).toList());
        html.append("<h2>2. Văn bản đang soạn thảo, xử lý (").append(work.size()).append(")</h2>");
        table(html, List.of("Văn bản", "Trạng thái"), work.stream().map(d -> List.of(d.typeName() + ": " + d.subject(),
                d.status().name())).toList());
        html.append("<h2>3. Hồ sơ công việc đang giữ (").append(kept.size()).append(")</h2>");
        table(html, List.of("Mã hồ sơ", "Tiêu đề", "Năm"), kept.stream().map(f -> List.of(f.code(), f.title(),
                String.valueOf(f.year()))).toList());
        html.append("<p>Từ thời điểm lập biên bản, bên nhận chịu trách nhiệm tiếp tục giải quyết các công việc trên.</p>");
        html.append("<table style=\"border: none\"><tr><td style=\"border: none; text-align: center\"><b>").append(GIVER)
                .append("</b></td><td style=\"border: none; text-align: center\"><b>").append(TAKER).append("</b></td></tr>")
                .append("<tr><td style=\"border: none; height: 90pt\"></td><td style=\"border: none\"></td></tr>")
                .append("<tr><td style=\"border: none; text-align: center\">").append(esc(from.fullName()))
                .append("</td><td style=\"border: none; text-align: center\">").append(esc(to.fullName()))
                .append("</td></tr></table></body></html>");
        return html.toString();
    }

    private static void table(StringBuilder html, List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            html.append("<p>Không có.</p>");
            return;
        }
        html.append("<table><tr>");
        headers.forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
        html.append("</tr>");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(esc(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</table>");
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String blank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "input.required", field);
        }
        return value.strip();
    }
}
