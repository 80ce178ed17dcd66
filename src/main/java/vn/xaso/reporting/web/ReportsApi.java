package vn.xaso.reporting.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.identity.CurrentUser;
import vn.xaso.reporting.Form06;
import vn.xaso.reporting.Index766;
import vn.xaso.reporting.Ranking;
import vn.xaso.reporting.Rankings;
import vn.xaso.reporting.Reports;
import vn.xaso.reporting.RollupMaintenance;

/** {@code /api/v1/reports}: Biểu 06, the Decision 766 index, the ranking and the overdue dossiers of a unit. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsApi {

    private static final int OVERDUE_LIMIT = 500;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** What a report is wanted as. */
    private enum Format {
        JSON, PDF, XLSX;

        static Format of(String text) {
            if (text == null || text.isBlank()) {
                return JSON;
            }
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(text.strip())).findFirst()
                    .orElseThrow(() -> new InvalidInput("format", "report.format"));
        }
    }

    private final Reports reports;
    private final Rankings rankings;
    private final RollupMaintenance rollups;
    private final CurrentUser currentUser;

    ReportsApi(Reports reports, Rankings rankings, RollupMaintenance rollups, CurrentUser currentUser) {
        this.reports = reports;
        this.rankings = rankings;
        this.rollups = rollups;
        this.currentUser = currentUser;
    }

    /** Biểu 06 of a unit (default: the user's own) for a period, rows by field (default), unit or procedure. */
    @GetMapping("/form-06")
    ResponseEntity<?> form06(@RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String groupBy, @RequestParam(required = false) String format) {
        Form06 form = reports.form06(currentUser.get(), unit, from, to, groupBy);
        String name = "bieu-06-" + form.unit() + "-" + form.from() + "-" + form.to();
        return switch (Format.of(format)) {
            case JSON -> ResponseEntity.ok(form);
            case PDF -> download(reports.pdf(form), MediaType.APPLICATION_PDF, name + ".pdf");
            case XLSX -> download(reports.xlsx(form), XLSX, name + ".xlsx");
        };
    }

    /** A unit's Decision 766 index for a period, indicator by indicator. */
    @GetMapping("/index-766")
    Index766 index766(@RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return rankings.index766(currentUser.get(), unit, from, to);
    }

    /** The province's communes and wards (or departments) by the index, best first. */
    @GetMapping("/ranking")
    ResponseEntity<?> ranking(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String level, @RequestParam(required = false) String format) {
        List<Ranking> ranking = rankings.ranking(currentUser.get(), from, to, level);
        return switch (Format.of(format)) {
            case JSON -> ResponseEntity.ok(ranking);
            case XLSX -> download(reports.rankingXlsx(ranking, from, to), XLSX, "xep-hang-766-" + from + "-" + to + ".xlsx");
            case PDF -> throw new InvalidInput("format", "report.format");
        };
    }

    /** Recomputes every rollup from the dossiers (province administrators): how many days of figures, how long. */
    @PostMapping("/rollups/rebuild")
    RebuildView rebuild() {
        if (!currentUser.get().isProvinceAdministrator()) {
            throw new Forbidden("report.rebuild.forbidden");
        }
        long started = System.nanoTime();
        int rows = rollups.rebuild();
        return new RebuildView(rows, (System.nanoTime() - started) / 1_000_000);
    }

    /** What a rebuild did: the rollup rows written and the milliseconds it took. */
    record RebuildView(int rows, long millis) {
    }

    /** The open dossiers past their due time, worst first. */
    @GetMapping("/overdue")
    List<OverdueView> overdue(@RequestParam(required = false) String unit) {
        return reports.overdue(currentUser.get(), unit, OVERDUE_LIMIT).stream().map(OverdueView::of).toList();
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
