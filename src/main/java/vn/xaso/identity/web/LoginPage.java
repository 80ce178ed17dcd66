package vn.xaso.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xaso.identity.LoginOptions;

/**
 * The login page: the province's identity provider first when there is one, VNeID for citizens when set, and xaso's
 * own accounts; Spring Security handles the POST, the providers' logins and logout.
 */
@Controller
class LoginPage {

    private final LoginOptions options;

    LoginPage(LoginOptions options) {
        this.options = options;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String refused, Model model) {
        model.addAttribute("sso", options.officialsProvider());
        model.addAttribute("vneid", options.citizensProvider());
        model.addAttribute("refused", options.refusal(refused).orElse(null));
        return "identity/login";
    }
}
