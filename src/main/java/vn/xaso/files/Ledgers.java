package vn.xaso.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Books kept as tables (Sổ văn bản đến/đi, Sổ theo dõi hồ sơ): the same columns and rows printed as a landscape
 * PDF with an embedded font or written as an XLSX workbook.
 */
@Service
public class Ledgers {

    /** A book's page: the unit keeping it, its title, the period or book line under the title, columns and rows. */
    public record Ledger(String unitName, String title, String subtitle, List<String> columns, List<List<String>> rows,
            String empty) {
    }

    private final PdfRenderer pdf;

    Ledgers(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    public byte[] pdf(Ledger ledger) {
        StringBuilder html = new StringBuilder("""
                <html><head><style>
                @page { size: A4 landscape; margin: 12mm; }
                body { font-family: 'DejaVu Serif'; font-size: 9pt; }
                h1 { text-align: center; font-size: 14pt; margin: 0; }
                p.sub { text-align: center; margin: 2pt 0 8pt 0; }
                table { width: 100%; border-collapse: collapse; }
                th, td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; }
                th { background: #eee; }
                td:first-child { white-space: nowrap; }
                </style></head><body>""");
        html.append("<p>").append(esc(ledger.unitName())).append("</p>");
        html.append("<h1>").append(esc(ledger.title())).append("</h1>");
        html.append("<p class=\"sub\">").append(esc(ledger.subtitle())).append("</p><table><thead><tr>");
        ledger.columns().forEach(c -> html.append("<th>").append(esc(c)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : ledger.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(esc(cell)).append("</td>"));
            html.append("</tr>");
        }
        if (ledger.rows().isEmpty()) {
            html.append("<tr><td colspan=\"").append(ledger.columns().size()).append("\">").append(esc(ledger.empty()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></body></html>");
        return pdf.render(html.toString());
    }

    public byte[] xlsx(Ledger ledger) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("So");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.createRow(0).createCell(0).setCellValue(ledger.unitName());
            Row title = sheet.createRow(1);
            title.createCell(0).setCellValue(ledger.title() + " (" + ledger.subtitle() + ")");
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(3);
            for (int c = 0; c < ledger.columns().size(); c++) {
                header.createCell(c).setCellValue(ledger.columns().get(c));
                header.getCell(c).setCellStyle(bold);
            }
            for (int i = 0; i < ledger.rows().size(); i++) {
                Row row = sheet.createRow(4 + i);
                List<String> cells = ledger.rows().get(i);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            for (int c = 0; c < ledger.columns().size(); c++) {
                sheet.setColumnWidth(c, 20 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
