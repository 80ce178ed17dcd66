package vn.xaso.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import vn.xaso.organization.Official;
import vn.xaso.organization.Role;

/** The administrator's form for an official; the password is required for a new official only. */
record OfficialForm(
        @NotBlank(message = "{form.required}") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "{official.username.format}") String username,
        @NotBlank(message = "{form.required}") @Size(max = 200) String fullName,
        @NotBlank(message = "{form.required}") String unitCode,
        @Size(max = 200) String title,
        @NotEmpty(message = "{official.roles.required}") Set<Role> roles,
        boolean active,
        @Size(max = 100) String password,
        Integer version,
        @jakarta.validation.constraints.Email(message = "{intake.email.format}") @Size(max = 200) String email) {

    static OfficialForm blank(String unitCode) {
        return new OfficialForm("", "", unitCode, "", EnumSet.noneOf(Role.class), true, "", null, "");
    }

    static OfficialForm of(Official official) {
        return new OfficialForm(official.username(), official.fullName(), official.unitCode(), official.title(),
                official.roles(), official.active(), "", official.version(), official.email());
    }
}
