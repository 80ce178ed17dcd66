package vn.xaso.catalog.web;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.xaso.api.Inputs;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.Refusal;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Offerings;
import vn.xaso.catalog.CatalogUpdate;
import vn.xaso.catalog.Fee;
import vn.xaso.catalog.Offering;
import vn.xaso.catalog.Procedure;
import vn.xaso.catalog.Sheet;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;
import vn.xaso.organization.UnitQuery;
import vn.xaso.workflow.Definition;
import vn.xaso.workflow.Step;
import vn.xaso.workflow.StepKind;

/**
 * Administrators' catalog pages: procedures (each save publishes a new version) and a unit's step list for a
 * procedure, edited row by row: add, remove, move up or down, role, budget, default handler, guidance.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'UNIT_ADMIN')")
class CatalogPages {

    private static final int QUEUE_PAGE = 50;

    private final Catalog catalog;
    private final CatalogUpdate catalogUpdate;
    private final JsonMapper json;
    private final Validator validator;
    private final Organization organization;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Offerings offerings;

    CatalogPages(Catalog catalog, CatalogUpdate catalogUpdate, JsonMapper json, Validator validator, Organization organization,
            UnitAccess access, CurrentUser currentUser, MessageSource messages, Offerings offerings) {
        this.offerings = offerings;
        this.catalog = catalog;
        this.catalogUpdate = catalogUpdate;
        this.json = json;
        this.validator = validator;
        this.organization = organization;
        this.access = access;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/admin/catalog")
    String list(Model model) {
        model.addAttribute("procedures", offerings.offeredBy(null, null, 500));
        return "catalog/list";
    }

    /**
     * Who carries out what, for a unit (or the whole province): the procedures of a field (or matching the words) with
     * what the unit does with each; one choice per row, or one for all listed.
     */
    @GetMapping("/admin/catalog/offering")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String offering(@RequestParam(required = false) String unit, @RequestParam(required = false) String field,
            @RequestParam(required = false) String q, Model model) {
        String scope = access.administered(currentUser.get(), unit);
        model.addAttribute("unit", scope);
        model.addAttribute("units", organization.units(new UnitQuery(null, null, false, null), 1000));
        model.addAttribute("fields", offerings.fields());
        model.addAttribute("field", field);
        model.addAttribute("q", q);
        model.addAttribute("procedures", Inputs.blankToNull(field) == null && Inputs.blankToNull(q) == null ? List.of()
                : offerings.offerings(scope, Inputs.blankToNull(q), Inputs.blankToNull(field), 500));
        return "catalog/offering";
    }

    /** One procedure's offering for the unit, or ({@code codes}) the same for every procedure listed. */
    @PostMapping("/admin/catalog/offering")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String setOffering(@RequestParam String unit, @RequestParam List<String> codes, @RequestParam Offering offering,
            @RequestParam(required = false) String field, @RequestParam(required = false) String q, RedirectAttributes redirect) {
        String scope = access.administered(currentUser.get(), unit);
        codes.forEach(code -> offerings.setOffering(code, scope, offering, currentUser.get().getUsername()));
        redirect.addFlashAttribute("saved", codes.size() == 1 ? codes.get(0) : String.valueOf(codes.size()));
        redirect.addAttribute("unit", scope);
        redirect.addAttribute("field", field == null ? "" : field);
        redirect.addAttribute("q", q == null ? "" : q);
        return "redirect:/admin/catalog/offering";
    }

    /** The queue of what the national data left open, with the source's own words; one form per procedure. */
    @GetMapping("/admin/catalog/to-confirm")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String toConfirm(@RequestParam(required = false) String after, Model model) {
        List<Procedure> page = catalog.toConfirm(Inputs.blankToNull(after), QUEUE_PAGE);
        model.addAttribute("procedures", page);
        model.addAttribute("next", page.size() == QUEUE_PAGE ? page.get(page.size() - 1).code() : null);
        return "catalog/to-confirm";
    }

    /**
     * Confirms a procedure's time (a kind and an amount) and, when a fee is typed, its fee (phí, lệ phí or free, and
     * the amount); a blank fee keeps the schedule read from the source.
     */
    @PostMapping("/admin/catalog/{code}/confirm")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String confirm(@PathVariable String code, @RequestParam String timeKind, @RequestParam(required = false) BigDecimal timeAmount,
            @RequestParam(required = false) Fee.Kind feeKind, @RequestParam(required = false) Long feeAmount,
            RedirectAttributes redirect) {
        try {
            Procedure.ProcessingTime time = switch (timeKind) {
                case "SAME_DAY" -> Procedure.ProcessingTime.sameDayOnly();
                case "WORKING_HOURS" -> new Procedure.ProcessingTime(null, timeAmount, null);
                case "CALENDAR_DAYS" -> Procedure.ProcessingTime.calendar(timeAmount);
                default -> new Procedure.ProcessingTime(timeAmount, null, null);
            };
            ProcedureChecks.time("timeAmount", time);
            Fee fee = feeKind == null ? null : feeKind == Fee.Kind.FREE ? Fee.FREE
                    : new Fee(feeKind, feeAmount, null, null, null, null, catalog.requireProcedure(code).feeSchedule().exemptions());
            if (fee != null) {
                ProcedureChecks.fee(fee);
            }
            Procedure confirmed = catalog.confirm(code, time, List.of(), fee);
            redirect.addFlashAttribute("saved", confirmed.code() + " v" + confirmed.version());
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", code + ": " + Refusal.text(e, messages));
        }
        return "redirect:/admin/catalog/to-confirm";
    }

    /**
     * Imports an update of the national catalog from the file the province downloaded: JSON (see README), or rows in the
     * shape of {@code catalog/procedures.csv} with the decision they come from.
     */
    @PostMapping("/admin/catalog/import")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String importUpdate(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String decision,
            RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "catalog.import.choose");
            }
            if (file.getOriginalFilename() != null && file.getOriginalFilename().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                redirect.addFlashAttribute("imported", NationalRows.apply(catalogUpdate, decision, file.getBytes(),
                        currentUser.get().getUsername()));
                return "redirect:/admin/catalog";
            }
            NationalUpdate update;
            try {
                update = json.readValue(file.getBytes(), NationalUpdate.class);
            } catch (JacksonException | java.io.IOException e) {
                throw new InvalidInput("file", "catalog.import.unreadable");
            }
            var violation = validator.validate(update).stream().findFirst();
            if (violation.isPresent()) {
                throw new InvalidInput(violation.get().getPropertyPath().toString(), "catalog.import.invalid",
                        violation.get().getPropertyPath().toString(), violation.get().getMessage());
            }
            redirect.addFlashAttribute("imported", update.applyWith(catalogUpdate, p -> p, currentUser.get().getUsername()));
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("importFailed", Refusal.text(e, messages));
        } catch (java.io.IOException e) {
            redirect.addFlashAttribute("importFailed", messages.getMessage("catalog.import.unreadable", null,
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        return "redirect:/admin/catalog";
    }

    @GetMapping({"/admin/catalog/new", "/admin/catalog/{code}/edit"})
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String edit(@PathVariable(required = false) String code, Model model) {
        return form(model, code == null ? ProcedureForm.blank() : ProcedureForm.of(catalog.requireProcedure(code)), null);
    }

    @PostMapping("/admin/catalog")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String publish(@ModelAttribute("form") ProcedureForm form, Model model, RedirectAttributes redirect) {
        try {
            Procedure procedure = catalog.publish(form.toProcedure(catalog.procedure(form.code()).orElse(null)));
            redirect.addFlashAttribute("saved", procedure.code() + " v" + procedure.version());
            return "redirect:/admin/catalog";
        } catch (ErrorResponseException e) {
            return form(model, form, Refusal.text(e, messages));
        } catch (IllegalArgumentException e) {
            return form(model, form, e.getMessage());
        }
    }

    @GetMapping("/admin/catalog/{code}/workflow")
    String workflow(@PathVariable String code, @RequestParam(required = false) String unit, Model model) {
        String scope = administered(unit);
        Definition definition = catalog.workflowFor(code, scope);
        return workflowPage(model, code, scope, StepRows.of(definition.steps()), null);
    }

    /** Saves the rows, or first applies a row operation (add, up:i, down:i, remove:i) and shows the result unsaved. */
    @PostMapping("/admin/catalog/{code}/workflow")
    String saveWorkflow(@PathVariable String code, @RequestParam String unit, @ModelAttribute StepRows rows,
            @RequestParam(defaultValue = "save") String op, Model model, RedirectAttributes redirect) {
        String scope = administered(unit);
        if (!op.equals("save")) {
            return workflowPage(model, code, scope, rows.apply(op), null);
        }
        try {
            catalog.defineWorkflow(code, scope, rows.toSteps());
            redirect.addFlashAttribute("saved", code);
            return "redirect:/admin/catalog/" + code + "/workflow?unit=" + scope;
        } catch (ErrorResponseException e) {
            return workflowPage(model, code, scope, rows, Refusal.text(e, messages));
        }
    }

    @PostMapping("/admin/catalog/{code}/workflow/default")
    String useDefault(@PathVariable String code, @RequestParam String unit, RedirectAttributes redirect) {
        String scope = administered(unit);
        catalog.clearWorkflow(code, scope);
        redirect.addFlashAttribute("reset", code);
        return "redirect:/admin/catalog/" + code + "/workflow?unit=" + scope;
    }

    private String workflowPage(Model model, String code, String scope, StepRows rows, String error) {
        XasoUser user = currentUser.get();
        model.addAttribute("procedure", catalog.requireProcedure(code));
        model.addAttribute("unit", organization.requireUnit(scope));
        model.addAttribute("definedBy", catalog.workflowScope(code, scope));
        model.addAttribute("rows", rows);
        model.addAttribute("kinds", StepKind.values());
        model.addAttribute("roles", List.of(Role.COUNTER, Role.LEADER, Role.SPECIALIST, Role.CLERK));
        model.addAttribute("officials", organization.officials(scope, null, null, 500));
        model.addAttribute("units", user.isProvinceAdministrator()
                ? organization.units(new UnitQuery(null, null, false, null), 1000) : List.of(organization.requireUnit(scope)));
        model.addAttribute("error", error);
        return "catalog/workflow";
    }

    private String form(Model model, ProcedureForm form, String error) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("channels", Procedure.Channel.values());
        return "catalog/edit";
    }

    private String administered(String unit) {
        return access.administered(currentUser.get(), unit);
    }

    /** The procedure form; components are typed one per line as "name | copy type | quantity | required". */
    record ProcedureForm(String code, String name, String field, Procedure.Level level, String timeKind, BigDecimal timeAmount,
            Long fee, Boolean fullyOnline, Set<Procedure.Channel> channels, String resultName, String components,
            String transferTo, BigDecimal transferDays) {

        static ProcedureForm blank() {
            return new ProcedureForm("", "", "", Procedure.Level.COMMUNE, "WORKING_DAYS", BigDecimal.ONE, 0L, false,
                    EnumSet.of(Procedure.Channel.COUNTER), "", "", null, null);
        }

        static ProcedureForm of(Procedure p) {
            var time = p.processingTime() != null ? p.processingTime() : new Procedure.ProcessingTime(null, null, null);
            String kind = Boolean.TRUE.equals(time.sameDay()) ? "SAME_DAY" : time.calendarDays() != null ? "CALENDAR_DAYS"
                    : time.workingHours() != null ? "WORKING_HOURS" : "WORKING_DAYS";
            StringBuilder lines = new StringBuilder();
            p.components().forEach(c -> lines.append(c.name()).append(" | ").append(c.copyType()).append(" | ")
                    .append(c.quantity()).append(" | ").append(c.required() ? "required" : "optional").append('\n'));
            return new ProcedureForm(p.code(), p.name(), p.field(), p.level(), kind,
                    time.workingDays() != null ? time.workingDays() : time.calendarDays() != null ? time.calendarDays() : time.workingHours(),
                    p.fee(), p.fullyOnline(),
                    p.channels(), p.resultName(), lines.toString(), p.transferTo(), p.transferDays());
        }

        /**
         * The procedure as the administrator published it, who answers for it (nothing left to confirm); of the
         * version {@code before} it keeps the national code and what the national catalog said (channel times, a fee
         * schedule the amount did not change, notes, provenance).
         */
        Procedure toProcedure(Procedure before) {
            if (code == null || !code.strip().matches("[A-Z0-9][A-Z0-9.-]{0,31}")) {
                throw new InvalidInput("code", "catalog.code.format");
            }
            if (name == null || name.isBlank() || field == null || field.isBlank() || resultName == null || resultName.isBlank()) {
                throw new InvalidInput("name", "catalog.name.required");
            }
            Procedure.ProcessingTime time = switch (timeKind == null ? "" : timeKind) {
                case "SAME_DAY" -> Procedure.ProcessingTime.sameDayOnly();
                case "WORKING_HOURS" -> new Procedure.ProcessingTime(null, positive(timeAmount), null);
                case "CALENDAR_DAYS" -> Procedure.ProcessingTime.calendar(wholeDays(positive(timeAmount)));
                default -> new Procedure.ProcessingTime(positive(timeAmount), null, null);
            };
            List<Procedure.Component> parsed = new ArrayList<>();
            for (String line : (components == null ? "" : components).split("\\R")) {
                if (!line.isBlank()) {
                    String[] parts = line.split("\\|");
                    parsed.add(new Procedure.Component(parts[0].strip(),
                            parts.length > 1 ? Procedure.CopyType.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)) : Procedure.CopyType.ORIGINAL,
                            parts.length > 2 ? Integer.parseInt(parts[2].strip()) : 1,
                            parts.length <= 3 || !parts[3].strip().equalsIgnoreCase("optional")));
                }
            }
            if (parsed.isEmpty()) {
                throw new InvalidInput("components", "catalog.components.required");
            }
            if (channels == null || channels.isEmpty()) {
                throw new InvalidInput("channels", "catalog.channels.required");
            }
            long amount = fee == null ? 0 : fee;
            Procedure own = new Procedure(code.strip(), 0, before == null ? null : before.nationalCode(), name.strip(),
                    field.strip(), level, time, amount, Boolean.TRUE.equals(fullyOnline), channels, resultName.strip(), parsed,
                    transferTo == null || transferTo.isBlank() ? null : transferTo.strip(), transferDays);
            if (before == null) {
                return own;
            }
            Sheet was = before.sheet();
            Fee schedule = amount == before.fee() ? was.fee() : own.feeSchedule();
            Sheet sheet = new Sheet(was.times(), schedule, was.notes(), was.levels(), was.competentBody(), was.legalBasis(),
                    was.decision(), was.source(), was.sourceDate(), List.of());
            return new Procedure(own.code(), 0, own.nationalCode(), own.name(), own.field(), own.level(), time, amount,
                    own.fullyOnline(), channels, own.resultName(), parsed, own.transferTo(), transferDays, sheet);
        }

        private static BigDecimal wholeDays(BigDecimal days) {
            if (days.stripTrailingZeros().scale() > 0) {
                throw new InvalidInput("timeAmount", "catalog.time.whole-days");
            }
            return days;
        }

        private static BigDecimal positive(BigDecimal amount) {
            if (amount == null || amount.signum() <= 0) {
                throw new InvalidInput("timeAmount", "catalog.time.positive");
            }
            return amount;
        }
    }

    /** The step rows as the form posts them (parallel lists), and the row operations. */
    static final class StepRows {
        private List<String> key = new ArrayList<>();
        private List<StepKind> kind = new ArrayList<>();
        private List<String> name = new ArrayList<>();
        private List<Role> role = new ArrayList<>();
        private List<BigDecimal> budget = new ArrayList<>();
        private List<String> assignee = new ArrayList<>();
        private List<String> guidance = new ArrayList<>();

        static StepRows of(List<Step> steps) {
            StepRows rows = new StepRows();
            steps.forEach(s -> rows.add(s.key(), s.kind(), s.name(), s.role(), s.budgetPercent(), s.defaultAssignee(), s.guidance()));
            return rows;
        }

        List<Step> toSteps() {
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                String handler = get(assignee, i);
                steps.add(new Step(get(key, i), get(kind, i), get(name, i), get(role, i), get(budget, i),
                        handler == null || handler.isBlank() ? null : handler, get(guidance, i)));
            }
            return steps;
        }

        StepRows apply(String op) {
            List<Step> steps = new ArrayList<>(toSteps());
            String[] parts = op.split(":");
            int i = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
            switch (parts[0]) {
                case "add" -> steps.add(Math.max(0, steps.size() - 1), new Step("step-" + (steps.size() + 1), StepKind.APPROVE,
                        "Bước mới", Role.LEADER, BigDecimal.ZERO, null, null));
                case "up" -> { if (i > 0) { steps.add(i - 1, steps.remove(i)); } }
                case "down" -> { if (i >= 0 && i < steps.size() - 1) { steps.add(i + 1, steps.remove(i)); } }
                case "remove" -> { if (i >= 0 && i < steps.size()) { steps.remove(i); } }
                default -> { }
            }
            return of(steps);
        }

        int size() {
            return key.size();
        }

        private void add(String k, StepKind kd, String n, Role r, BigDecimal b, String a, String g) {
            key.add(k); kind.add(kd); name.add(n); role.add(r); budget.add(b); assignee.add(a); guidance.add(g);
        }

        private static <T> T get(List<T> list, int i) {
            return list != null && i < list.size() ? list.get(i) : null;
        }

        public List<String> getKey() { return key; }
        public void setKey(List<String> key) { this.key = key; }
        public List<StepKind> getKind() { return kind; }
        public void setKind(List<StepKind> kind) { this.kind = kind; }
        public List<String> getName() { return name; }
        public void setName(List<String> name) { this.name = name; }
        public List<Role> getRole() { return role; }
        public void setRole(List<Role> role) { this.role = role; }
        public List<BigDecimal> getBudget() { return budget; }
        public void setBudget(List<BigDecimal> budget) { this.budget = budget; }
        public List<String> getAssignee() { return assignee; }
        public void setAssignee(List<String> assignee) { this.assignee = assignee; }
        public List<String> getGuidance() { return guidance; }
        public void setGuidance(List<String> guidance) { this.guidance = guidance; }

        /** One row for the page. */
        public List<Step> getSteps() {
            return toSteps();
        }
    }
}
