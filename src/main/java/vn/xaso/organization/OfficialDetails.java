package vn.xaso.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator enters for an official's membership. */
public record OfficialDetails(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "{official.username.format}") String username,
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Size(max = 13) String unitCode,
        @Size(max = 200) String title,
        @NotEmpty Set<Role> roles,
        boolean active,
        @Email @Size(max = 200) String email) {

    public OfficialDetails(String username, String fullName, String unitCode, String title, Set<Role> roles, boolean active) {
        this(username, fullName, unitCode, title, roles, active, null);
    }
}
