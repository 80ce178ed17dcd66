package vn.xaso.dossier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person as the national population database (CSDL quốc gia về dân cư) knows them: the 12-digit personal ID
 * number, name, birth date, gender ({@code MALE}, {@code FEMALE}), permanent address, which database answered and when.
 */
public record Citizen(String idNumber, String fullName, LocalDate birthDate, String gender, String permanentAddress,
        String source, Instant verifiedAt) {
}
