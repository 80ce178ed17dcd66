package vn.xaso.dossier;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.xaso.catalog.Procedure.Channel;

/**
 * A dossier as submitted: the procedure, the unit, the channel, the applicant, the components given, the number of
 * sets (default 1) and where the applicant wants the result returned.
 */
public record NewDossier(
        @NotBlank @Size(max = 32) String procedureCode,
        @NotBlank @Size(max = 13) String unitCode,
        @NotNull Channel channel,
        @NotNull @Valid Applicant applicant,
        @Size(max = 50) List<@NotNull @Valid ComponentGiven> components,
        @Min(1) @Max(99) Integer sets,
        Channel returnChannel) {

    public NewDossier(String procedureCode, String unitCode, Channel channel, Applicant applicant,
            List<ComponentGiven> components) {
        this(procedureCode, unitCode, channel, applicant, components, null, null);
    }

    /** Where the applicant wants the result: as chosen, else online for an online dossier and the counter otherwise. */
    public Channel resultChannel() {
        return returnChannel != null ? returnChannel : channel == Channel.ONLINE ? Channel.ONLINE : Channel.COUNTER;
    }

    /** A component the applicant handed in, named as in the procedure's list (a plain string works too). */
    public record ComponentGiven(@NotBlank @Size(max = 500) String name, Boolean provided) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public ComponentGiven {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static ComponentGiven named(String name) {
            return new ComponentGiven(name, true);
        }
    }
}
