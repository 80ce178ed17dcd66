package vn.xaso.dossier;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Role;
import vn.xaso.workflow.InboxNotices;

/**
 * The unit's open dossiers whose applicant differs from the population database, shown in the inbox of the officials
 * who receive and handle them until someone checks the papers.
 */
@Component
class ApplicantDifferences implements InboxNotices {

    private static final int SHOWN = 20;

    private final Dossiers dossiers;

    ApplicantDifferences(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public List<Notice> noticesFor(XasoUser user) {
        if (user.isCitizen() || user.unitCode() == null
                || !(user.hasRole(Role.COUNTER) || user.hasRole(Role.SPECIALIST) || user.hasRole(Role.LEADER))) {
            return List.of();
        }
        return dossiers.differing(user.unitCode(), SHOWN).stream()
                .map(d -> new Notice("inbox.notice.applicant-differs", List.of(d.code(), d.applicant().fullName()),
                        "/dossiers/" + d.code()))
                .toList();
    }
}
