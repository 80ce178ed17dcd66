package vn.xaso.identity.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xaso.api.Inputs;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.OfficialAccounts;
import vn.xaso.identity.OfficialChange;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Official;
import vn.xaso.organization.OfficialDetails;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;
import vn.xaso.organization.Unit;
import vn.xaso.organization.UnitQuery;

/** Administrators' pages for officials: search, register, change, move, deactivate. */
@Controller
@RequestMapping("/admin/officials")
class OfficialsPages {

    private static final int PAGE = 50;

    private final OfficialAccounts officials;
    private final Organization organization;
    private final CurrentUser currentUser;

    OfficialsPages(OfficialAccounts officials, Organization organization, CurrentUser currentUser) {
        this.officials = officials;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    @GetMapping
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String q,
            @RequestParam(required = false) String after, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        XasoUser user = currentUser.get();
        String scope = user.isProvinceAdministrator() ? Inputs.blankToNull(unit) : user.unitCode();
        List<Official> found = officials.list(user, scope, q, Inputs.blankToNull(after), PAGE + 1);
        model.addAttribute("officials", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("next", found.size() > PAGE ? found.get(PAGE - 1).username() : null);
        model.addAttribute("unit", scope);
        model.addAttribute("q", q);
        model.addAttribute("units", manageableUnits(user));
        return htmx != null ? "identity/officials :: results" : "identity/officials";
    }

    @GetMapping("/new")
    String create(Model model) {
        XasoUser user = currentUser.get();
        return form(model, OfficialForm.blank(user.isProvinceAdministrator() ? "" : user.unitCode()), true);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") OfficialForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (form.password() == null || form.password().length() < 8) {
            errors.rejectValue("password", "official.password.short");
        }
        if (!errors.hasErrors()) {
            try {
                officials.register(currentUser.get(), new OfficialDetails(form.username(), form.fullName(),
                        form.unitCode(), form.title(), form.roles(), form.active(), Inputs.blankToNull(form.email())),
                        form.password());
                redirect.addFlashAttribute("saved", form.username());
                return "redirect:/admin/officials?unit=" + form.unitCode();
            } catch (ErrorResponseException e) {
                Inputs.reject(errors, e);
            }
        }
        return form(model, form, true);
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        Official official = officials.get(currentUser.get(), username);
        return form(model, OfficialForm.of(official), false);
    }

    @PostMapping("/{username}")
    String change(@PathVariable String username, @Valid @ModelAttribute("form") OfficialForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        String password = Inputs.blankToNull(form.password());
        if (password != null && password.length() < 8) {
            errors.rejectValue("password", "official.password.short");
        }
        if (!errors.hasErrors()) {
            try {
                officials.change(currentUser.get(), username, new OfficialChange(form.fullName(), form.unitCode(),
                        form.title(), form.roles(), form.active(), password, form.version(), Inputs.blankToNull(form.email())));
                redirect.addFlashAttribute("saved", username);
                return "redirect:/admin/officials?unit=" + form.unitCode();
            } catch (ErrorResponseException e) {
                Inputs.reject(errors, e);
            }
        }
        return form(model, form, false);
    }

    private String form(Model model, OfficialForm form, boolean isNew) {
        model.addAttribute("form", form);
        model.addAttribute("isNew", isNew);
        model.addAttribute("allRoles", Arrays.stream(Role.values()).filter(role -> role != Role.CITIZEN).toList());
        model.addAttribute("units", manageableUnits(currentUser.get()));
        return "identity/official-form";
    }

    private List<Unit> manageableUnits(XasoUser user) {
        if (user.isProvinceAdministrator()) {
            return organization.units(new UnitQuery(null, null, false, null), 1000);
        }
        return organization.unit(user.unitCode()).map(List::of).orElse(List.of());
    }
}
