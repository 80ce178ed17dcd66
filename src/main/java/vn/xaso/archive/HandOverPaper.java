package vn.xaso.archive;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import vn.xaso.document.Document;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.workflow.Task;

/**
 * The hand-over record (biên bản bàn giao công việc) as HTML for the PDF renderer: who hands over to whom, the work,
 * drafts and files handed over, and a signature block for each side ({@link #GIVER}, {@link #TAKER}) under which they
 * sign.
 */
final class HandOverPaper {

    static final String GIVER = "BÊN GIAO";
    static final String TAKER = "BÊN NHẬN";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private HandOverPaper() {
    }

    static String html(long id, String unitName, Official from, Official to, XasoUser admin, Instant at, List<Task> tasks,
            List<Document> work, List<WorkFile> kept, String note) {
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
}
