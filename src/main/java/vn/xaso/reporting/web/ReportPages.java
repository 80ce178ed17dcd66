package vn.xaso.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xaso.api.Refusal;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;
import vn.xaso.reporting.Dashboard;
import vn.xaso.reporting.Dashboards;
import vn.xaso.reporting.Ranking;
import vn.xaso.reporting.Reports;

/**
 * {@code /reports}: the dashboard of a unit for a period (the province's for a monitor, the commune's own for its
 * leader) and {@code /reports/dossiers}: the dossiers behind any figure on it.
 */
@Controller
class ReportPages {

    private static final int DOSSIERS = 500;

    private final Reports reports;
    private final Dashboards dashboards;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    ReportPages(Reports reports, Dashboards dashboards, CurrentUser currentUser, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.dashboards = dashboards;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String dashboard(@RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String groupBy, @RequestParam(required = false) String field,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vsFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vsTo,
            @RequestParam(required = false) String sort, Model model) {
        XasoUser user = currentUser.get();
        LocalDate today = LocalDate.now(clock.withZone(Organization.ZONE));
        LocalDate start = from != null ? from : quarterStart(today);
        LocalDate end = to != null ? to : today;
        Dashboard dashboard;
        try {
            dashboard = dashboards.dashboard(user, unit, start, end, vsFrom, vsTo);
        } catch (ErrorResponseException e) {
            model.addAttribute("failed", Refusal.text(e, messages));
            start = quarterStart(today);
            end = today;
            dashboard = dashboards.dashboard(user, null, start, end, null, null);
        }
        model.addAttribute("d", dashboard);
        boolean byProcedure = "PROCEDURE".equalsIgnoreCase(groupBy);
        model.addAttribute("form", byProcedure
                ? reports.form06(user, dashboard.unit(), start, end, "PROCEDURE", field) : dashboard.form06());
        model.addAttribute("field", field);
        model.addAttribute("chart", TrendChart.of(dashboard.trend()));
        model.addAttribute("ranking", sorted(dashboard.ranking(), sort));
        model.addAttribute("sort", sort);
        model.addAttribute("periods", QuickPeriod.of(today));
        return "reporting/dashboard";
    }

    @GetMapping("/reports/dossiers")
    String dossiers(@RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String cell, @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String key, Model model) {
        XasoUser user = currentUser.get();
        model.addAttribute("dossiers", reports.behind(user, unit, from, to, cell, groupBy, key, DOSSIERS));
        model.addAttribute("cell", cell.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        model.addAttribute("unit", unit);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("key", key);
        return "reporting/dossiers";
    }

    private static List<Ranking> sorted(List<Ranking> ranking, String sort) {
        Comparator<Ranking> order = switch (sort == null ? "" : sort) {
            case "onTime" -> Comparator.comparing(Ranking::onTimeRate, Comparator.nullsFirst(Comparator.naturalOrder())).reversed();
            case "online" -> Comparator.comparing(Ranking::onlineRate, Comparator.nullsFirst(Comparator.naturalOrder())).reversed();
            case "received" -> Comparator.comparingLong(Ranking::received).reversed();
            case "name" -> Comparator.comparing(Ranking::unitName);
            default -> Comparator.comparingInt(Ranking::rank);
        };
        return ranking.stream().sorted(order.thenComparing(Ranking::unitCode)).toList();
    }

    private static LocalDate quarterStart(LocalDate day) {
        return day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
    }

    /** The periods one click away: this month, this quarter, 6 and 9 months, this year, each up to today. */
    record QuickPeriod(String key, LocalDate from, LocalDate to) {

        static List<QuickPeriod> of(LocalDate today) {
            LocalDate year = today.withDayOfYear(1);
            return List.of(new QuickPeriod("reports.thisMonth", today.withDayOfMonth(1), today),
                    new QuickPeriod("reports.thisQuarter", quarterStart(today), today),
                    new QuickPeriod("reports.sixMonths", year, year.plusMonths(6).minusDays(1)),
                    new QuickPeriod("reports.nineMonths", year, year.plusMonths(9).minusDays(1)),
                    new QuickPeriod("reports.thisYear", year, year.plusYears(1).minusDays(1)));
        }
    }
}
