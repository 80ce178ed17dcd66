package vn.xaso.integration.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.dossier.Applicant;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.NewDossier;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.integration.PortalIntake;
import vn.xaso.integration.PortalReconciliation;
import vn.xaso.organization.Role;

/**
 * {@code POST /api/v1/integration/dvcqg/dossiers}: a dossier submitted on the national public-service portal, handed
 * over through the integration platform with the portal's own credentials (an account with the role {@code PORTAL},
 * HTTP Basic or its bearer token; no official may: a portal code is the portal's, and an official could read or squat
 * another unit's): 201 when it is new, 200 with the same dossier when the portal sends it again, 409 when the code is
 * another dossier's.
 */
@RestController
class PortalApi {

    /** The body of {@code POST /api/v1/dossiers} plus the portal's code; the channel is online (or left out). */
    record PortalDossier(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, dot, dash") String portalCode,
            @NotBlank @Size(max = 32) String procedureCode,
            @NotBlank @Size(max = 13) String unitCode,
            Channel channel,
            @NotNull @Valid Applicant applicant,
            @Size(max = 50) List<NewDossier.@NotNull @Valid ComponentGiven> components,
            @Min(1) @Max(99) Integer sets,
            Channel returnChannel) {
    }

    /** What the portal needs back: xaso's code for the dossier and where it stands. */
    record Arrived(String code, String portalCode, String status, int portalStatus) {

        static Arrived of(Dossier d) {
            return new Arrived(d.code(), d.intake().portalCode(), d.status().name(), d.status().portalCode());
        }
    }

    private final PortalIntake intake;
    private final PortalReconciliation reconciliation;
    private final CurrentUser currentUser;

    PortalApi(PortalIntake intake, PortalReconciliation reconciliation, CurrentUser currentUser) {
        this.intake = intake;
        this.reconciliation = reconciliation;
        this.currentUser = currentUser;
    }

    /** Counts a day's dossiers against the portal's now and sends again what it lacks (province administrators). */
    @PostMapping("/api/v1/integration/dvcqg/reconciliation")
    PortalReconciliation.Outcome reconcile(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        if (!currentUser.get().isProvinceAdministrator()) {
            throw new Forbidden("integration.links.province-admin-only");
        }
        return reconciliation.reconcile(day);
    }

    @PostMapping("/api/v1/integration/dvcqg/dossiers")
    ResponseEntity<Arrived> receive(@Valid @RequestBody PortalDossier body) {
        XasoUser user = currentUser.get();
        if (!user.hasRole(Role.PORTAL)) {
            throw new Forbidden("integration.dvcqg.who");
        }
        if (body.channel() != null && body.channel() != Channel.ONLINE) {
            throw new InvalidInput("channel", "integration.dvcqg.online");
        }
        PortalIntake.Arrival arrival = intake.receive(user.getUsername(), body.portalCode(), new NewDossier(body.procedureCode(), body.unitCode(),
                Channel.ONLINE, body.applicant(), body.components(), body.sets(), body.returnChannel()));
        return ResponseEntity.status(arrival.created() ? HttpStatus.CREATED : HttpStatus.OK).body(Arrived.of(arrival.dossier()));
    }
}
