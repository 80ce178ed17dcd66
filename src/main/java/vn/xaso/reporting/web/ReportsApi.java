package vn.xaso.reporting.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.InvalidInput;
import vn.xaso.identity.CurrentUser;
import vn.xaso.reporting.Form06;
import vn.xaso.reporting.Index766;
import vn.xaso.reporting.Ranking;
import vn.xaso.reporting.Reports;

/** {@code /api/v1/reports}: Biểu 06, the Decision 766 index, the ranking and the overdue dossiers of a unit. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsApi {

    private static final int OVERDUE_LIMIT = 500;

    private final Reports reports;
    private final CurrentUser currentUser;

    ReportsApi(Reports reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    /** Biểu 06 of a unit (default: the user's own) for a period, rows by field (default), unit or procedure. */
    @GetMapping("/form-06")
    Form06 form06(@RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String groupBy, @RequestParam(required = false) String format) {
        if (format != null && !format.isBlank() && !format.equalsIgnoreCase("json")) {
            throw new InvalidInput("format", "report.format");
        }
        return reports.form06(currentUser.get(), unit, from, to, groupBy);
    }

    /** A unit's Decision 766 index for a period, indicator by indicator. */
    @GetMapping("/index-766")
    Index766 index766(@RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.index766(currentUser.get(), unit, from, to);
    }

    /** The province's communes and wards (or departments) by the index, best first. */
    @GetMapping("/ranking")
    List<Ranking> ranking(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String level) {
        return reports.ranking(currentUser.get(), from, to, level);
    }

    /** The open dossiers past their due time, worst first. */
    @GetMapping("/overdue")
    List<OverdueView> overdue(@RequestParam(required = false) String unit) {
        return reports.overdue(currentUser.get(), unit, OVERDUE_LIMIT).stream().map(OverdueView::of).toList();
    }
}
