package vn.xaso.dossier;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The person (or organisation's representative) who applies; {@code idNumber} is the 12-digit personal ID; the phone
 * and e-mail are where notices go ({@code zalo}: by Zalo rather than SMS).
 */
public record Applicant(
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Pattern(regexp = "[0-9]{12}", message = "must be the 12-digit personal ID number") String idNumber,
        LocalDate birthDate,
        @Pattern(regexp = "[0-9+ .()-]{6,20}", message = "is not a phone number") String phone,
        @Email @Size(max = 200) String email,
        @Size(max = 500) String address,
        Boolean zalo) {

    public Applicant(String fullName, String idNumber, LocalDate birthDate, String phone, String email, String address) {
        this(fullName, idNumber, birthDate, phone, email, address, null);
    }

    /** Whether the applicant would rather be told by Zalo than by SMS ({@code zalo: true}). */
    public boolean prefersZalo() {
        return Boolean.TRUE.equals(zalo);
    }
}
