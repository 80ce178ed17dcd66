package vn.xaso.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.xaso.files.PdfRenderer;

/**
 * Biểu 06 and the ranking as papers: the official layout (two header rows, column numbers, totals, the place for
 * the preparer and the head of the unit to sign) as a landscape PDF, and the same as an XLSX workbook.
 */
@Component
class Form06Papers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";
    private static final List<String> FIGURES = List.of("Tổng số", "Số kỳ trước chuyển qua",
            "Số mới tiếp nhận trực tuyến", "Số mới tiếp nhận trực tiếp hoặc qua bưu chính", "Tổng số", "Trả trước hạn",
            "Trả đúng thời hạn", "Trả quá hạn", "Tổng số", "Chưa đến hạn", "Quá hạn");

    private final PdfRenderer renderer;

    Form06Papers(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    byte[] pdf(Form06 form) {
        StringBuilder html = new StringBuilder("""
                <html><head><style>
                @page { size: A4 landscape; margin: 12mm; }
                body { font-family: 'DejaVu Serif'; font-size: 9pt; }
                .head td { border: none; vertical-align: top; }
                h1 { text-align: center; font-size: 13pt; margin: 6pt 0 0 0; }
                p.c { text-align: center; margin: 2pt 0; }
                table.f { width: 100%; border-collapse: collapse; margin-top: 6pt; }
                table.f th, table.f td { border: 0.5pt solid #000; padding: 2pt 3pt; text-align: center; }
                table.f td.name { text-align: left; }
                tr.total td { font-weight: bold; }
                .sign td { border: none; text-align: center; vertical-align: top; padding-top: 10pt; }
                </style></head><body>""");
        html.append("<table class=\"head\" width=\"100%\"><tr><td>Biểu số 06<br/>Đơn vị báo cáo: ")
                .append(esc(form.unitName())).append("</td><td style=\"text-align:right\">")
                .append("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc</td></tr></table>");
        html.append("<h1>").append(TITLE).append("</h1><p class=\"c\">Kỳ báo cáo: từ ngày ")
                .append(form.from().format(DAY)).append(" đến ngày ").append(form.to().format(DAY)).append("</p>");
        html.append("<p class=\"c\"><i>Đơn vị tính: số hồ sơ TTHC</i></p><table class=\"f\"><thead>")
                .append("<tr><th rowspan=\"3\" style=\"width:4%\">STT</th><th rowspan=\"3\" style=\"width:24%\">")
                .append(keyTitle(form)).append("</th>")
                .append("<th colspan=\"4\" rowspan=\"2\">Số hồ sơ nhận giải quyết</th>")
                .append("<th colspan=\"7\">Kết quả giải quyết</th></tr>")
                .append("<tr><th colspan=\"4\">Số hồ sơ đã giải quyết</th><th colspan=\"3\">Số hồ sơ đang giải quyết</th></tr><tr>");
        FIGURES.forEach(h -> html.append("<th>").append(h).append("</th>"));
        // the column numbers run under every column, STT and the name included (the header cells above span three rows)
        html.append("</tr><tr><th>(1)</th><th>(2)</th>");
        numbers().forEach(n -> html.append("<th>").append(n).append("</th>"));
        html.append("</tr></thead><tbody>");
        int i = 1;
        for (Form06.Row row : form.rows()) {
            html.append("<tr><td>").append(i++).append("</td><td class=\"name\">").append(esc(row.name())).append("</td>");
            cells(row.figures()).forEach(v -> html.append("<td>").append(v).append("</td>"));
            html.append("</tr>");
        }
        html.append("<tr class=\"total\"><td></td><td class=\"name\">Tổng cộng</td>");
        cells(form.total()).forEach(v -> html.append("<td>").append(v).append("</td>"));
        html.append("</tr></tbody></table>");
        if (form.total().withdrawn() > 0) {
            html.append("<p><i>").append(esc(withdrawnNote(form))).append("</i></p>");
        }
        html.append("<table class=\"sign\" width=\"100%\"><tr><td width=\"50%\"><b>NGƯỜI LẬP BIỂU</b>")
                .append("<br/><i>(Ký, ghi rõ họ tên)</i></td><td><i>…, ngày … tháng … năm …</i><br/><b>THỦ TRƯỞNG ĐƠN VỊ</b>")
                .append("<br/><i>(Ký, ghi rõ họ tên, đóng dấu)</i></td></tr></table></body></html>");
        return renderer.render(html.toString());
    }

    byte[] xlsx(Form06 form) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Form06.Row row : form.rows()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(i++), row.name()));
            cells.addAll(cells(row.figures()));
            rows.add(cells);
        }
        List<String> total = new ArrayList<>(List.of("", "Tổng cộng"));
        total.addAll(cells(form.total()));
        rows.add(total);
        if (form.total().withdrawn() > 0) {
            rows.add(List.of("", withdrawnNote(form)));
        }
        return workbook("Bieu06", form.unitName(), TITLE, "Kỳ báo cáo: từ ngày " + form.from().format(DAY) + " đến ngày "
                + form.to().format(DAY), headers(form), rows);
    }

    byte[] rankingXlsx(List<Ranking> ranking, LocalDate from, LocalDate to) {
        List<List<String>> rows = ranking.stream().map(r -> {
            List<String> row = new ArrayList<>(List.of(String.valueOf(r.rank()), r.unitCode(), r.unitName(),
                    String.valueOf(r.score())));
            r.groups().forEach(g -> row.add(String.valueOf(g.score())));
            row.addAll(List.of(percent(r.onTimeRate()), percent(r.onlineRate()), String.valueOf(r.received())));
            return (List<String>) row;
        }).toList();
        return workbook("XepHang", "", "XẾP HẠNG CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QUYẾT ĐỊNH 766/QĐ-TTg)",
                "Kỳ: từ ngày " + from.format(DAY) + " đến ngày " + to.format(DAY), List.of(List.of("Hạng", "Mã đơn vị",
                        "Đơn vị", "Điểm (/100)", "Công khai, minh bạch (/18)", "Tiến độ, kết quả (/20)",
                        "Dịch vụ trực tuyến (/22)", "Số hóa (/22)", "Hài lòng (/18)", "Tỷ lệ đúng hạn", "Tỷ lệ trực tuyến",
                        "Hồ sơ tiếp nhận")), rows);
    }

    /** A sheet: unit, title, period, header rows (a blank header cell is merged into the one before it), rows. */
    private static byte[] workbook(String name, String unit, String title, String period, List<List<String>> headers,
            List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(name);
            CellStyle bold = style(book, true);
            CellStyle plain = style(book, false);
            sheet.createRow(0).createCell(0).setCellValue(unit);
            Row heading = sheet.createRow(1);
            heading.createCell(0).setCellValue(title);
            heading.getCell(0).setCellStyle(bold);
            sheet.createRow(2).createCell(0).setCellValue(period);
            int r = 4;
            for (List<String> header : headers) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < header.size(); c++) {
                    row.createCell(c).setCellValue(header.get(c));
                    row.getCell(c).setCellStyle(bold);
                }
                r++;
            }
            for (List<String> cells : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    if (c > 1 && cells.get(c).matches("-?[0-9]+")) {
                        row.createCell(c).setCellValue(Long.parseLong(cells.get(c)));
                    } else {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                    row.getCell(c).setCellStyle(plain);
                }
            }
            mergeBlankHeaders(sheet, headers);
            for (int c = 0; c < headers.get(headers.size() - 1).size(); c++) {
                sheet.setColumnWidth(c, (c == 1 || c == 2 ? 36 : 14) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Biểu 06's three header rows: groups over their columns, then each column's name, then its number. */
    private static List<List<String>> headers(Form06 form) {
        List<String> first = new ArrayList<>(List.of("STT", keyTitle(form), "Số hồ sơ nhận giải quyết", "", "", "",
                "Kết quả giải quyết", "", "", "", "", "", ""));
        List<String> second = new ArrayList<>(List.of("", "", "", "", "", "", "Số hồ sơ đã giải quyết", "", "", "",
                "Số hồ sơ đang giải quyết", "", ""));
        List<String> third = new ArrayList<>(List.of("", ""));
        third.addAll(FIGURES);
        List<String> fourth = new ArrayList<>(List.of("(1)", "(2)"));
        fourth.addAll(numbers());
        return List.of(first, second, third, fourth);
    }

    private static void mergeBlankHeaders(Sheet sheet, List<List<String>> headers) {
        for (int h = 0; h < headers.size(); h++) {
            List<String> header = headers.get(h);
            int c = 0;
            while (c < header.size()) {
                int end = c;
                while (end + 1 < header.size() && header.get(end + 1).isEmpty() && !header.get(c).isEmpty()) {
                    end++;
                }
                if (end > c) {
                    sheet.addMergedRegion(new CellRangeAddress(4 + h, 4 + h, c, end));
                }
                c = end + 1;
            }
        }
    }

    private static List<String> numbers() {
        return List.of("(3)=(4)+(5)+(6)", "(4)", "(5)", "(6)", "(7)=(8)+(9)+(10)", "(8)", "(9)", "(10)",
                "(11)=(12)+(13)", "(12)", "(13)");
    }

    private static List<String> cells(Figures f) {
        return List.of(f.received().total(), f.received().carriedOver(), f.received().online(), f.received().direct(),
                f.resolved().total(), f.resolved().early(), f.resolved().onTime(), f.resolved().late(),
                f.pending().total(), f.pending().withinTime(), f.pending().overdue())
                .stream().map(String::valueOf).toList();
    }

    /** Beside the table, not in it: what the applicants withdrew during the period (neither resolved nor pending). */
    private static String withdrawnNote(Form06 form) {
        return "Ngoài các cột trên: " + form.total().withdrawn()
                + " hồ sơ người nộp rút trong kỳ (không tính là đã giải quyết hay đang giải quyết).";
    }

    private static String keyTitle(Form06 form) {
        return switch (form.groupBy()) {
            case "UNIT" -> "Đơn vị";
            case "PROCEDURE" -> "Thủ tục hành chính";
            default -> "Lĩnh vực";
        };
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f%%", rate * 100);
    }

    private static CellStyle style(XSSFWorkbook book, boolean bold) {
        CellStyle style = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(bold);
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bold) {
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
