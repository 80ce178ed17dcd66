package vn.xaso.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.CursorPage;
import vn.xaso.api.Inputs;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.OfficialAccounts;
import vn.xaso.identity.OfficialChange;
import vn.xaso.organization.Official;
import vn.xaso.organization.OfficialDetails;
import vn.xaso.organization.Role;

/** Officials of the caller's units; administrators register, move, change and deactivate them. */
@RestController
@RequestMapping("/api/v1/officials")
class OfficialsApi {

    private final OfficialAccounts officials;
    private final CurrentUser currentUser;

    OfficialsApi(OfficialAccounts officials, CurrentUser currentUser) {
        this.officials = officials;
        this.currentUser = currentUser;
    }

    @GetMapping
    CursorPage<Official> list(@RequestParam(required = false) String unit, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        int size = CursorPage.limit(limit);
        var page = officials.list(currentUser.get(), Inputs.blankToNull(unit), q, cursor, size + 1);
        return CursorPage.of(page, size, Official::username);
    }

    @GetMapping("/{username}")
    Official get(@PathVariable String username) {
        return officials.get(currentUser.get(), username);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'UNIT_ADMIN')")
    Official register(@Valid @RequestBody NewOfficial request) {
        var details = new OfficialDetails(request.username(), request.fullName(), request.unitCode(), request.title(),
                request.roles(), request.active() == null || request.active(), request.email());
        return officials.register(currentUser.get(), details, request.password());
    }

    @PutMapping("/{username}")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'UNIT_ADMIN')")
    Official change(@PathVariable String username, @Valid @RequestBody OfficialChange change) {
        return officials.change(currentUser.get(), username, change);
    }

    /** A new official with the password of their first login. */
    record NewOfficial(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "lower-case letters, digits, '.', '_' or '-', 3 to 64 characters") String username,
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Size(max = 13) String unitCode,
            @Size(max = 200) String title,
            @NotEmpty @Size(max = 10) Set<Role> roles,
            Boolean active,
            @NotBlank @Size(min = 8, max = 100) String password,
            @Email @Size(max = 200) String email) {
    }
}
