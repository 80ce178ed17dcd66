package vn.xaso.identity;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.xaso.organization.Role;

/** The person behind a request: an official of one unit with roles, or a citizen with an ID number. */
public final class XasoUser implements UserDetails, CredentialsContainer {

    private final String username;
    private String password;
    private final String fullName;
    private final String unitCode;
    private final String idNumber;
    private final Set<Role> roles;
    private final boolean active;

    XasoUser(String username, String password, String fullName, String unitCode, String idNumber,
            Set<Role> roles, boolean active) {
        this.username = username;
        this.password = password;
        this.fullName = fullName;
        this.unitCode = unitCode;
        this.idNumber = idNumber;
        this.roles = Set.copyOf(roles);
        this.active = active;
    }

    /** An active official of {@code unitCode} (no password): someone the code acts as, e.g. in a test of the rules. */
    public static XasoUser official(String username, String unitCode, Role... roles) {
        return new XasoUser(username, "", username, unitCode, null, Set.of(roles), true);
    }

    /** An active citizen with a personal ID number (no password). */
    public static XasoUser citizen(String username, String idNumber) {
        return new XasoUser(username, "", username, null, idNumber, Set.of(Role.CITIZEN), true);
    }

    public String fullName() {
        return fullName;
    }

    /** The official's unit; null for a citizen. */
    public String unitCode() {
        return unitCode;
    }

    /** The citizen's personal ID number; null for an official. */
    public String idNumber() {
        return idNumber;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** For pages: {@code me.hasRoleNamed('COUNTER')}. */
    public boolean hasRoleNamed(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }

    /** Reads every unit of the province: a monitor or a province administrator. */
    public boolean isProvinceWide() {
        return roles.contains(Role.MONITOR) || roles.contains(Role.PROVINCE_ADMIN);
    }

    public boolean isAdministrator() {
        return roles.contains(Role.PROVINCE_ADMIN) || roles.contains(Role.UNIT_ADMIN);
    }

    public boolean isProvinceAdministrator() {
        return roles.contains(Role.PROVINCE_ADMIN);
    }

    public boolean isCitizen() {
        return roles.contains(Role.CITIZEN);
    }

    /** Another system's account (the national portal, a metrics collector): no person, and it reads no unit's work. */
    public boolean isSystemAccount() {
        return !roles.isEmpty() && roles.stream().allMatch(role -> role == Role.PORTAL || role == Role.METRICS);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return true; // never locked: guessers are slowed down instead (LoginThrottle)
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    /** Same username, same user: lets the session registry find every session of a person. */
    @Override
    public boolean equals(Object other) {
        return other instanceof XasoUser user && user.username.equals(username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }

    @Override
    public String toString() {
        return username;
    }
}
