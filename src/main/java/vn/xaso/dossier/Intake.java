package vn.xaso.dossier;

import java.time.Instant;
import vn.xaso.catalog.Procedure.Channel;

/**
 * The dossier as handed in: how it came, who applies, the citizen account that submitted it online (null at the
 * counter), when, how many sets, where the applicant wants the result returned, whether the applicant was checked
 * against the national population database, and the national portal's code when it came from there.
 */
public record Intake(Channel channel, Applicant applicant, String owner, Instant submittedAt, int sets,
        Channel resultChannel, ApplicantCheck check, String portalCode) {

    /** As handed in: the applicant not checked yet. */
    public Intake(Channel channel, Applicant applicant, String owner, Instant submittedAt, int sets, Channel resultChannel) {
        this(channel, applicant, owner, submittedAt, sets, resultChannel, ApplicantCheck.NOT_CHECKED, null);
    }

    Intake resultTo(Channel channel) {
        return channel == null ? this : new Intake(this.channel, applicant, owner, submittedAt, sets, channel, check, portalCode);
    }

    Intake fromPortal(String portalCode) {
        return new Intake(channel, applicant, owner, submittedAt, sets, resultChannel, check, portalCode);
    }
}
