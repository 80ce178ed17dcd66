package vn.xaso.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.files.PdfRenderer;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;

/**
 * The registers of NĐ 30/2020 for any period: Sổ văn bản đến, Sổ văn bản đi and Sổ theo dõi giải quyết văn bản
 * đến, each as a PDF (landscape, embedded font) or an XLSX workbook with the same columns.
 */
@Service
public class Registers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Which register. */
    public enum Kind {
        INCOMING("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", List.of("Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng",
                "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ký nhận", "Ghi chú")),
        OUTGOING("SỔ ĐĂNG KÝ VĂN BẢN ĐI", List.of("Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung",
                "Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu", "Số lượng bản", "Ngày chuyển", "Ghi chú")),
        HANDLING("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", List.of("Số đến", "Văn bản đến", "Người xử lý", "Hạn giải quyết",
                "Tiến độ giải quyết", "Số, ký hiệu văn bản trả lời", "Ghi chú"));

        final String title;
        final List<String> columns;

        Kind(String title, List<String> columns) {
            this.title = title;
            this.columns = columns;
        }
    }

    /** A register's content: its title, unit, period, columns and rows of text. */
    public record Register(String title, String unitName, LocalDate from, LocalDate to, List<String> columns, List<List<String>> rows) {
    }

    private final Documents documents;
    private final Organization organization;
    private final UnitAccess access;
    private final PdfRenderer pdf;

    Registers(Documents documents, Organization organization, UnitAccess access, PdfRenderer pdf) {
        this.documents = documents;
        this.organization = organization;
        this.access = access;
        this.pdf = pdf;
    }

    @Transactional(readOnly = true)
    public Register register(XasoUser user, Kind kind, String unitCode, LocalDate from, LocalDate to) {
        if (unitCode == null || !access.canRead(user, unitCode)) {
            throw new Forbidden("You may not see the registers of unit " + unitCode);
        }
        if (from.isAfter(to)) {
            throw new InvalidInput("from", "is after 'to'");
        }
        Direction direction = kind == Kind.OUTGOING ? Direction.OUTGOING : Direction.INCOMING;
        List<List<String>> rows = new ArrayList<>();
        for (Document d : documents.register(unitCode, direction, from, to)) {
            rows.add(switch (kind) {
                case INCOMING -> List.of(day(d.arrivalDate()), n(d.arrivalNumber()), s(d.senderName()), s(d.reference()),
                        day(d.issuedDate()), d.typeName() + ": " + d.subject(), s(d.mainHandler()), "", note(d));
                case OUTGOING -> List.of(s(d.reference()), day(d.issuedDate()), d.typeName() + ": " + d.subject(), s(d.signer()),
                        recipients(d), s(d.draftedBy()), "1", day(d.issuedAt()), note(d));
                case HANDLING -> List.of(n(d.arrivalNumber()), d.typeName() + " " + s(d.reference()) + " ngày " + day(d.issuedDate())
                        + " của " + s(d.senderName()) + ": " + d.subject(), s(d.mainHandler()), day(d.dueDate()),
                        progress(d), d.replyDocumentId() == null ? "" : reply(d.replyDocumentId()), note(d));
            });
        }
        return new Register(kind.title, organization.requireUnit(unitCode).name(), from, to, kind.columns, rows);
    }

    public byte[] pdf(Register r) {
        StringBuilder html = new StringBuilder("""
                <html><head><style>
                @page { size: A4 landscape; margin: 12mm; }
                body { font-family: 'DejaVu Serif'; font-size: 9pt; }
                h1 { text-align: center; font-size: 14pt; margin: 0; }
                p.sub { text-align: center; margin: 2pt 0 8pt 0; }
                table { width: 100%; border-collapse: collapse; }
                th, td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; }
                th { background: #eee; }
                </style></head><body>""");
        html.append("<p>").append(esc(r.unitName())).append("</p>");
        html.append("<h1>").append(esc(r.title())).append("</h1>");
        html.append("<p class=\"sub\">Từ ngày ").append(DAY.format(r.from())).append(" đến ngày ").append(DAY.format(r.to()))
                .append(" — ").append(r.rows().size()).append(" văn bản</p><table><thead><tr>");
        r.columns().forEach(c -> html.append("<th>").append(esc(c)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : r.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(esc(cell)).append("</td>"));
            html.append("</tr>");
        }
        if (r.rows().isEmpty()) {
            html.append("<tr><td colspan=\"").append(r.columns().size()).append("\">Không có văn bản trong kỳ này.</td></tr>");
        }
        html.append("</tbody></table></body></html>");
        return pdf.render(html.toString());
    }

    public byte[] xlsx(Register r) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("So");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.createRow(0).createCell(0).setCellValue(r.unitName());
            Row title = sheet.createRow(1);
            title.createCell(0).setCellValue(r.title() + " (" + DAY.format(r.from()) + " – " + DAY.format(r.to()) + ")");
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(3);
            for (int c = 0; c < r.columns().size(); c++) {
                header.createCell(c).setCellValue(r.columns().get(c));
                header.getCell(c).setCellStyle(bold);
            }
            for (int i = 0; i < r.rows().size(); i++) {
                Row row = sheet.createRow(4 + i);
                List<String> cells = r.rows().get(i);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            for (int c = 0; c < r.columns().size(); c++) {
                sheet.setColumnWidth(c, 20 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String recipients(Document d) {
        return String.join("; ", documents.recipients(d.id()).stream().map(Documents.Recipient::name).toList());
    }

    private String reply(long id) {
        return documents.find(id).map(Document::reference).map(Registers::s).orElse("");
    }

    private static String progress(Document d) {
        return switch (d.status()) {
            case COMPLETED -> "Đã giải quyết " + day(d.completedAt());
            case RECALLED -> "Đã thu hồi";
            case ASSIGNED -> "Đang giải quyết";
            default -> "Chờ phân công";
        };
    }

    private static String note(Document d) {
        return d.status() == DocumentStatus.RECALLED ? "Thu hồi: " + s(d.recallReason()) : "";
    }

    private static String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(Organization.ZONE));
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String n(Integer number) {
        return number == null ? "" : String.valueOf(number);
    }

    private static String s(String text) {
        return text == null ? "" : text;
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
