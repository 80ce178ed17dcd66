package vn.xaso.document;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new outgoing draft: its type ({@code QĐ}, {@code TB}, {@code CV}…), subject, registry book, recipients and, for a
 * replacement document (content error), the issued document it replaces: that one is recalled when this is issued;
 * and the drafting department a công văn's symbol names (default: the unit's office, {@code VP}).
 */
public record NewOutgoing(@NotBlank @Size(max = 16) String typeCode, @NotBlank @Size(max = 500) String subject,
        @Size(max = 16) String book,
        @JsonAlias("to") @Size(max = 200) List<DocumentRequest.@NotNull @Valid RecipientInput> recipients,
        Long replacesDocumentId, @Size(max = 10) String department) {

    public NewOutgoing(String typeCode, String subject, String book, List<DocumentRequest.RecipientInput> recipients) {
        this(typeCode, subject, book, recipients, null, null);
    }
}
