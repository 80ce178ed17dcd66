package vn.xaso.dossier.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.dossier.Applicant;
import vn.xaso.dossier.NewDossier;

/** The counter's (and the citizen's) form for a new dossier; {@code provided} lists the components handed in. */
record IntakeForm(
        @NotBlank(message = "{form.required}") String procedureCode,
        @NotNull(message = "{form.required}") Channel channel,
        @NotBlank(message = "{form.required}") @Size(max = 200) String fullName,
        @NotBlank(message = "{form.required}") @Pattern(regexp = "[0-9]{12}", message = "{intake.idNumber.format}") String idNumber,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate birthDate,
        @Pattern(regexp = "|[0-9+ .()-]{6,20}", message = "{intake.phone.format}") String phone,
        @Email(message = "{intake.email.format}") String email,
        @Size(max = 500) String address,
        Boolean zalo,
        List<String> provided,
        @Min(value = 1, message = "{intake.sets.range}") @Max(value = 99, message = "{intake.sets.range}") Integer sets,
        Channel returnChannel,
        Boolean incompleteConfirmed) {

    static IntakeForm blank(String procedureCode, Channel channel) {
        return new IntakeForm(procedureCode, channel, "", "", null, "", "", "", false, List.of(), 1, Channel.COUNTER, false);
    }

    /** The procedure's required components not ticked as handed in. */
    List<String> missingOf(List<vn.xaso.catalog.Procedure.Component> components) {
        return components.stream().filter(vn.xaso.catalog.Procedure.Component::required)
                .map(vn.xaso.catalog.Procedure.Component::name).filter(name -> provided == null || !provided.contains(name)).toList();
    }

    NewDossier toNewDossier(String unitCode) {
        List<NewDossier.ComponentGiven> components = (provided == null ? List.<String>of() : provided).stream()
                .map(NewDossier.ComponentGiven::named).toList();
        return new NewDossier(procedureCode, unitCode, channel,
                new Applicant(fullName.strip(), idNumber.strip(), birthDate, blank(phone), blank(email), blank(address), zalo),
                components, sets, returnChannel);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
