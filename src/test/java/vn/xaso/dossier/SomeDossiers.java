package vn.xaso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.xaso.calendar.Timeliness;
import vn.xaso.catalog.Procedure.Channel;

/** Dossiers of Xã Bình An (H40.01) in each state, built in memory for plain tests of the rules. */
final class SomeDossiers {

    static final String UNIT = "H40.01";
    static final String PROVINCE = "H40";
    static final String ID_NUMBER = "037095000001";
    static final Instant SUBMITTED = Instant.parse("2026-11-23T01:00:00Z");
    static final Instant RECEIVED = Instant.parse("2026-11-23T01:30:00Z");
    static final Instant DUE = Instant.parse("2026-11-27T10:00:00Z");

    private SomeDossiers() {
    }

    static Dossier submitted() {
        Applicant applicant = new Applicant("Nguyễn Văn An", ID_NUMBER, LocalDate.of(1995, 3, 1), null, null, null);
        return Dossier.submitted("H40.01-261123-0001", "HKD-01", 1, 1L, UNIT,
                new Intake(Channel.ONLINE, applicant, "congdan", SUBMITTED, 1, Channel.ONLINE));
    }

    static Dossier received() {
        return with(submitted(), DossierStatus.RECEIVED, null, Supplements.NONE, null);
    }

    static Dossier in(DossierStatus status) {
        return switch (status) {
            case SUBMITTED -> submitted();
            case WAITING_PAYMENT -> {
                Dossier d = submitted();
                d.awaitPayment(Channel.ONLINE, 100_000, SUBMITTED);
                yield d;
            }
            case WAITING_SUPPLEMENT -> with(received(), status, null,
                    new Supplements(1, false, DossierStatus.PROCESSING, List.of("Tờ khai")), null);
            case TRANSFERRED -> with(received(), status, PROVINCE, Supplements.NONE, null);
            case DONE, REFUSED, STOPPED, RETURNED ->
                    with(received(), status, null, Supplements.NONE, new Outcome(DUE, Timeliness.EARLY, null, null, null));
            default -> with(received(), status, null, Supplements.NONE, null);
        };
    }

    static Dossier rated() {
        Dossier returned = in(DossierStatus.RETURNED);
        returned.rate(5, null, DUE);
        return returned;
    }

    static Dossier extended() {
        Dossier received = received();
        received.extend(DUE.plusSeconds(86_400), "Chờ xác minh", RECEIVED);
        return received;
    }

    private static Dossier with(Dossier d, DossierStatus status, String handlingUnit, Supplements supplements,
            Outcome outcome) {
        boolean received = status != DossierStatus.SUBMITTED;
        return new Dossier(d.code(), d.procedureCode(), d.procedureVersion(), d.definitionId(), d.unitCode(), d.intake(),
                status, handlingUnit, received ? new Receipt(RECEIVED, new Receipt.RegisterLine(2026, 1), RECEIVED)
                        : Receipt.NONE, received ? new Appointment(DUE, DUE, false) : Appointment.NONE, supplements,
                Proposal.NONE, outcome == null ? Outcome.NONE : outcome, null, 0);
    }
}
