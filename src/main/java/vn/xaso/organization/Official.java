package vn.xaso.organization;

import java.util.Set;

/** An official's membership: the one unit they work for now, their roles there, and whether they are active. */
public record Official(String username, String fullName, String unitCode, String title, Set<Role> roles,
        boolean active, int version) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
