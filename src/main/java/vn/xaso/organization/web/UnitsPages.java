package vn.xaso.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xaso.api.Inputs;
import vn.xaso.organization.FeeCollector;
import vn.xaso.organization.FeeCollectors;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;
import vn.xaso.organization.UnitDetails;
import vn.xaso.organization.UnitQuery;
import vn.xaso.organization.UnitType;

/**
 * The unit tree: province-wide readers browse it; province administrators create units, change them,
 * and record mergers (end date + successor).
 */
@Controller
class UnitsPages {

    private static final int PAGE = 50;
    private static final String PROVINCE_WIDE = "hasAnyRole('PROVINCE_ADMIN', 'MONITOR')";

    private final Organization organization;
    private final FeeCollectors feeCollectors;

    UnitsPages(Organization organization, FeeCollectors feeCollectors) {
        this.organization = organization;
        this.feeCollectors = feeCollectors;
    }

    @GetMapping("/units")
    @PreAuthorize(PROVINCE_WIDE)
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean history,
            @RequestParam(required = false) String after, @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletRequest request, Model model) {
        List<Unit> found = organization.units(new UnitQuery(null, q, history, after), PAGE + 1);
        model.addAttribute("units", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("next", found.size() > PAGE ? found.get(PAGE - 1).code() : null);
        model.addAttribute("q", q);
        model.addAttribute("history", history);
        model.addAttribute("canEdit", request.isUserInRole("PROVINCE_ADMIN"));
        return htmx != null ? "organization/units :: results" : "organization/units";
    }

    @GetMapping("/units/{code}")
    @PreAuthorize(PROVINCE_WIDE)
    String show(@PathVariable String code, HttpServletRequest request, Model model) {
        FeeCollector collector = feeCollectors.of(code);
        model.addAttribute("collector", new CollectorForm(collector.taxCode(), collector.receiptForm(), collector.receiptSeries()));
        return unit(code, collector, request, model);
    }

    /** A province administrator enters what the unit's e-receipts print as the collector of fees. */
    @PostMapping("/admin/units/{code}/fee-collector")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String feeCollector(@PathVariable String code, @ModelAttribute("collector") CollectorForm form, BindingResult errors,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            feeCollectors.set(code, form.taxCode(), form.receiptForm(), form.receiptSeries());
            redirect.addFlashAttribute("collectorSaved", true);
            return "redirect:/units/" + code + "#fee-collector";
        } catch (ErrorResponseException e) {
            Inputs.reject(errors, e);
            return unit(code, feeCollectors.of(code), request, model);
        }
    }

    /** What the unit's e-receipts print as the collector of fees (tax code, form and series symbols). */
    record CollectorForm(String taxCode, String receiptForm, String receiptSeries) {
    }

    private String unit(String code, FeeCollector collector, HttpServletRequest request, Model model) {
        Unit unit = organization.requireUnit(code);
        model.addAttribute("collectorMissing", collector.missing());
        model.addAttribute("unit", unit);
        model.addAttribute("parent", organization.unit(unit.parentCode()).orElse(null));
        model.addAttribute("successor", organization.unit(unit.successorCode()).orElse(null));
        model.addAttribute("canEdit", request.isUserInRole("PROVINCE_ADMIN"));
        return "organization/unit";
    }

    @GetMapping("/admin/units/new")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String create(@RequestParam(required = false) String parent, Model model) {
        return form(model, new UnitForm("", "", UnitType.COMMUNE, parent, "", null, null, "", "", null), true);
    }

    @PostMapping("/admin/units")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (form.code() == null || form.code().isBlank()) {
            errors.rejectValue("code", "form.required");
        }
        if (!errors.hasErrors()) {
            try {
                Unit unit = organization.createUnit(form.details(form.code()));
                redirect.addFlashAttribute("saved", unit.code());
                return "redirect:/units/" + unit.code();
            } catch (ErrorResponseException e) {
                Inputs.reject(errors, e);
            }
        }
        return form(model, form, true);
    }

    @GetMapping("/admin/units/{code}")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String edit(@PathVariable String code, Model model) {
        return form(model, UnitForm.of(organization.requireUnit(code)), false);
    }

    @PostMapping("/admin/units/{code}")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String change(@PathVariable String code, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                organization.updateUnit(code, form.details(code), form.version());
                redirect.addFlashAttribute("saved", code);
                return "redirect:/units/" + code;
            } catch (ErrorResponseException e) {
                Inputs.reject(errors, e);
            }
        }
        return form(model, form, false);
    }

    private String form(Model model, UnitForm form, boolean isNew) {
        model.addAttribute("form", form);
        model.addAttribute("isNew", isNew);
        model.addAttribute("types", UnitType.values());
        List<Unit> provinces = new ArrayList<>(organization.units(new UnitQuery(null, null, false, null), 1000)
                .stream().filter(unit -> unit.level() != vn.xaso.organization.UnitLevel.COMMUNE).toList());
        model.addAttribute("parents", provinces);
        return "organization/unit-form";
    }
}
