package vn.xaso.shell;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Role;

/** The home page: what this person does here, and the next actions their roles allow. */
@Controller
class HomePage {

    private final CurrentUser currentUser;

    HomePage(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/")
    String home(Model model) {
        XasoUser user = currentUser.get();
        List<Role> roles = user.roles().stream().sorted().toList();
        model.addAttribute("roles", roles);
        model.addAttribute("actions", HomeAction.forRoles(user.roles()));
        return "shell/home";
    }
}
