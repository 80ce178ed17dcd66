package vn.xaso.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.LoginOptions;
import vn.xaso.identity.OfficialAccounts;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;

/** The official's own unit (its details, its history and its people) and their own account. */
@Controller
class MyUnitPage {

    private final CurrentUser currentUser;
    private final Organization organization;
    private final OfficialAccounts officials;
    private final LoginOptions loginOptions;

    MyUnitPage(CurrentUser currentUser, Organization organization, OfficialAccounts officials, LoginOptions loginOptions) {
        this.currentUser = currentUser;
        this.organization = organization;
        this.officials = officials;
        this.loginOptions = loginOptions;
    }

    @GetMapping("/my-unit")
    String myUnit(Model model) {
        XasoUser user = currentUser.get();
        if (user.isCitizen()) {
            return "redirect:/profile";
        }
        model.addAttribute("unit", organization.requireUnit(user.unitCode()));
        model.addAttribute("officials", officials.list(user, user.unitCode(), null, null, 500));
        return "identity/my-unit";
    }

    @GetMapping("/profile")
    String profile(Model model) {
        model.addAttribute("secondFactor", loginOptions.officialsProvider() && !currentUser.get().isCitizen());
        return "identity/profile";
    }
}
