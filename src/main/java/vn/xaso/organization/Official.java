package vn.xaso.organization;

import java.util.Set;

/**
 * An official's membership: the one unit they work for now, their roles there, whether they are active, and where
 * their e-mail goes (if known).
 */
public record Official(String username, String fullName, String unitCode, String title, Set<Role> roles,
        boolean active, int version, String email) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
