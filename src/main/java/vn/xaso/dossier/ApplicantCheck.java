package vn.xaso.dossier;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the applicant, as typed at the counter or online, matches the national population database: {@code
 * verified} true (matches), false (differs: {@code differences} names the fields, {@code idNumber} when the database
 * has no such person) or null (not checked yet — "chưa đối chiếu").
 */
public record ApplicantCheck(Boolean verified, Instant checkedAt, List<String> differences) {

    public static final ApplicantCheck NOT_CHECKED = new ApplicantCheck(null, null, List.of());

    /**
     * The applicant compared with what the database holds for the ID number. The name is compared as written
     * (Unicode normalised, spaces and letter case aside); the birth date only when the applicant gave one.
     */
    static ApplicantCheck of(Applicant applicant, Optional<Citizen> found, Instant at) {
        if (found.isEmpty()) {
            return new ApplicantCheck(false, at, List.of("idNumber"));
        }
        Citizen citizen = found.get();
        List<String> differences = new ArrayList<>();
        if (!plain(applicant.fullName()).equals(plain(citizen.fullName()))) {
            differences.add("fullName");
        }
        if (applicant.birthDate() != null && !applicant.birthDate().equals(citizen.birthDate())) {
            differences.add("birthDate");
        }
        return new ApplicantCheck(differences.isEmpty(), at, List.copyOf(differences));
    }

    private static String plain(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(new Locale("vi"));
    }
}
