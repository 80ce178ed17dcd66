package vn.xaso.identity;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.audit.AuditEvent;
import vn.xaso.organization.Official;
import vn.xaso.organization.OfficialDetails;
import vn.xaso.organization.Organization;
import vn.xaso.api.Conflict;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;

/**
 * Managing officials: their membership (organization module) and their login account, together and
 * in one transaction, only by an administrator of the units concerned.
 */
@Service
public class OfficialAccounts {

    static final int MIN_PASSWORD = 8;

    private final Organization organization;
    private final Accounts accounts;
    private final UnitAccess access;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    OfficialAccounts(Organization organization, Accounts accounts, UnitAccess access, PasswordEncoder passwords,
            ApplicationEventPublisher events) {
        this.organization = organization;
        this.accounts = accounts;
        this.access = access;
        this.passwords = passwords;
        this.events = events;
    }

    /** Officials the user may see: of {@code unitCode} (403 if not theirs), or of their default scope. */
    @Transactional(readOnly = true)
    public List<Official> list(XasoUser user, String unitCode, String text, String after, int limit) {
        if (user.isCitizen()) {
            throw new Forbidden("identity.officials.citizen");
        }
        if (unitCode != null && !access.canRead(user, unitCode)) {
            throw new Forbidden("identity.officials.see", unitCode);
        }
        return organization.officials(unitCode != null ? unitCode : access.defaultScope(user), text, after, limit);
    }

    /** The official, if the user may see them; 404 otherwise, so nothing leaks about other units. */
    @Transactional(readOnly = true)
    public Official get(XasoUser user, String username) {
        return organization.official(username)
                .filter(official -> access.canRead(user, official.unitCode()))
                .orElseThrow(() -> new NotFound("Official", username));
    }

    @Transactional
    public Official register(XasoUser admin, OfficialDetails details, String password) {
        if (organization.unit(details.unitCode()).isEmpty()) {
            throw new InvalidInput("unitCode", "input.unit.unknown");
        }
        if (!access.canAdminister(admin, details.unitCode())) {
            throw new Forbidden("identity.officials.manage", details.unitCode());
        }
        checkPassword(password);
        if (accounts.exists(details.username())) {
            throw new Conflict("identity.username.taken", details.username());
        }
        Official official = organization.register(details);
        accounts.insertOfficial(official.username(), passwords.encode(password));
        return official;
    }

    @Transactional
    public Official change(XasoUser admin, String username, OfficialChange change) {
        Official current = organization.official(username)
                .filter(official -> access.canAdminister(admin, official.unitCode()))
                .orElseThrow(() -> new NotFound("Official", username));
        String unitCode = change.unitCode() != null ? change.unitCode() : current.unitCode();
        if (!unitCode.equals(current.unitCode()) && organization.unit(unitCode).isEmpty()) {
            throw new InvalidInput("unitCode", "input.unit.unknown");
        }
        if (!access.canAdminister(admin, unitCode)) {
            throw new Forbidden("identity.officials.move", unitCode);
        }
        if (admin.getUsername().equals(username) && Boolean.FALSE.equals(change.active())) {
            throw new InvalidInput("active", "identity.deactivate-self");
        }
        Official changed = organization.update(new OfficialDetails(username,
                change.fullName() != null ? change.fullName() : current.fullName(), unitCode,
                change.title() != null ? change.title() : current.title(),
                change.roles() != null ? change.roles() : current.roles(),
                change.active() != null ? change.active() : current.active(),
                change.email() != null ? change.email() : current.email()), change.version());
        if (change.password() != null) {
            checkPassword(change.password());
            accounts.changePassword(username, passwords.encode(change.password()));
            events.publishEvent(AuditEvent.of("account.password-reset", unitCode, "account", username, null, null));
        }
        return changed;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInput("password", "identity.password.short", String.valueOf(MIN_PASSWORD));
        }
    }
}
