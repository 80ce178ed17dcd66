package vn.xaso.dossier;

import java.time.Instant;

/**
 * The appointment to return the result: {@code dueAt} as promised to the applicant (later after an apology),
 * {@code legalDueAt} the due time by law, against which timeliness is judged.
 */
public record Appointment(Instant dueAt, Instant legalDueAt, boolean extended) {

    static final Appointment NONE = new Appointment(null, null, false);

    /** The clock moved the legal due time (a pause ended); an apology's promise stands. */
    Appointment rescheduled(Instant clockDue) {
        return new Appointment(extended ? dueAt : clockDue, clockDue, extended);
    }

    Appointment extendedTo(Instant newDue) {
        return new Appointment(newDue, legalDueAt, true);
    }
}
