package vn.xaso.dossier;

import java.util.Optional;

/**
 * The seam to the national population database (CSDL quốc gia về dân cư) through the provincial
 * integration platform: look up a citizen by their 12-digit ID number to fill the counter form. The
 * national system is unstable, so the counter must keep working without it: an empty answer means
 * "type it in", never "stop". The real adapter and its simulator come with the integration module.
 */
public interface ApplicantRegistry {

    Optional<Applicant> lookup(String idNumber);

    /** Until an adapter is configured: nothing found, the officer types the data. */
    ApplicantRegistry NOT_CONNECTED = idNumber -> Optional.empty();
}
