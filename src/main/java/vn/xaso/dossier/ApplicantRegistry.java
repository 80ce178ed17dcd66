package vn.xaso.dossier;

import java.util.Optional;
import vn.xaso.api.Unavailable;

/**
 * The national population database (CSDL quốc gia về dân cư) through the provincial integration platform: a citizen
 * looked up by their 12-digit ID number, to fill the counter form and to check the applicant of every dossier. The
 * national system is unstable, so nothing waits for it: when it cannot answer the officer types the data, the
 * dossier is received as usual and checked again later.
 */
public interface ApplicantRegistry {

    /**
     * The citizen with this ID number, or empty if the database has no such person.
     *
     * @throws Unavailable when the database cannot answer now (down, slow, erroring, not connected)
     */
    Optional<Citizen> find(String idNumber);

    /** Until an adapter is configured: the database cannot be asked, the officer types the data. */
    ApplicantRegistry NOT_CONNECTED = idNumber -> {
        throw new Unavailable(3600, "integration.population.not-connected");
    };
}
