package vn.xaso.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.xaso.organization.Role;

/** A change to an official: only the fields given change; a new password is optional. */
public record OfficialChange(
        @Size(min = 1, max = 200) String fullName,
        @Size(min = 1, max = 13) String unitCode,
        @Size(max = 200) String title,
        @Size(min = 1, max = 10) Set<Role> roles,
        Boolean active,
        @Size(min = 8, max = 100) String password,
        @Min(0) @Max(Integer.MAX_VALUE) Integer version,
        @Email @Size(max = 200) String email) {
}
