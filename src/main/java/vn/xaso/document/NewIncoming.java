package vn.xaso.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the clerk types from an arriving document (NĐ 30 Phụ lục VI metadata). */
public record NewIncoming(@NotNull @Valid Sender sender, @Size(max = 16) String codeNumber, @Size(max = 64) String codeNotation,
        LocalDate issuedDate, @NotBlank @Size(max = 100) String typeName, @NotBlank @Size(max = 500) String subject,
        @Size(max = 16) String priority, LocalDate dueDate) {

    /** The issuing body: its 13-character organ id (when known) and name. */
    public record Sender(@Size(max = 64) String organId, @NotBlank @Size(max = 300) String name) {
    }
}
