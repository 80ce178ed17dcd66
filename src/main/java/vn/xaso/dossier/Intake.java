package vn.xaso.dossier;

import java.time.Instant;
import vn.xaso.catalog.Procedure.Channel;

/**
 * The dossier as handed in: how it came, who applies, the citizen account that submitted it online (null at the
 * counter), when, how many sets, where the applicant wants the result returned, and whether the applicant was
 * checked against the national population database.
 */
public record Intake(Channel channel, Applicant applicant, String owner, Instant submittedAt, int sets,
        Channel resultChannel, ApplicantCheck check) {

    /** As handed in: the applicant not checked yet. */
    public Intake(Channel channel, Applicant applicant, String owner, Instant submittedAt, int sets, Channel resultChannel) {
        this(channel, applicant, owner, submittedAt, sets, resultChannel, ApplicantCheck.NOT_CHECKED);
    }

    Intake resultTo(Channel channel) {
        return channel == null ? this : new Intake(this.channel, applicant, owner, submittedAt, sets, channel, check);
    }
}
