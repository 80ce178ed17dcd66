package vn.xaso.identity.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;

/** Who the caller is. */
@RestController
class MeApi {

    private final CurrentUser currentUser;

    MeApi(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/me")
    Me me() {
        XasoUser user = currentUser.get();
        return new Me(user.getUsername(), user.fullName(), user.unitCode(),
                user.roles().stream().map(Enum::name).sorted().toList(), user.idNumber());
    }

    record Me(String username, String fullName, String unitCode, List<String> roles, String idNumber) {
    }
}
