package vn.xaso.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new outgoing draft: its type ({@code QĐ}, {@code TB}, {@code CV}…), subject, registry book and recipients. */
public record NewOutgoing(@NotBlank String typeCode, @NotBlank @Size(max = 500) String subject, @Size(max = 16) String book,
        List<DocumentRequest.RecipientInput> recipients) {
}
