package vn.xaso.identity;

import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;

/** Loads the account and, for an official, their current unit and roles, on every login and every API call. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Organization organization;

    AccountDetailsService(Accounts accounts, Organization organization) {
        this.accounts = accounts;
        this.organization = organization;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        if (account.kind() == Account.Kind.CITIZEN) {
            return new XasoUser(username, account.passwordHash(), account.fullName(), null, account.idNumber(),
                    Set.of(Role.CITIZEN), true);
        }
        Official official = organization.official(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new XasoUser(username, account.passwordHash(), official.fullName(), official.unitCode(), null,
                official.roles(), official.active());
    }
}
