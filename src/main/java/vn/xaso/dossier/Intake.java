package vn.xaso.dossier;

import java.time.Instant;
import vn.xaso.catalog.Procedure.Channel;

/**
 * The dossier as handed in: how it came, who applies, the citizen account that submitted it online (null at the
 * counter), when, how many sets, and where the applicant wants the result returned.
 */
public record Intake(Channel channel, Applicant applicant, String owner, Instant submittedAt, int sets,
        Channel resultChannel) {

    Intake resultTo(Channel channel) {
        return channel == null ? this : new Intake(this.channel, applicant, owner, submittedAt, sets, channel);
    }
}
