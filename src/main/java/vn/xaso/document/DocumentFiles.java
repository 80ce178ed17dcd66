package vn.xaso.document;

import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.xaso.api.NotFound;
import vn.xaso.files.FileOwner;
import vn.xaso.files.OfficeConverter;
import vn.xaso.files.StoredFile;
import vn.xaso.files.StoredFiles;
import vn.xaso.identity.UnitAccess;
import vn.xaso.identity.XasoUser;

/** A document's files (scans, draft versions, the signed and the issued PDF): readable by whoever sees the document. */
@Component
class DocumentFiles implements FileOwner {

    static final String OWNER = "DOCUMENT";

    private final StoredFiles files;
    private final OfficeConverter office;
    private final Documents documents;
    private final UnitAccess access;

    DocumentFiles(StoredFiles files, OfficeConverter office, Documents documents, @Lazy UnitAccess access) {
        this.files = files;
        this.office = office;
        this.documents = documents;
        this.access = access;
    }

    @Override
    public String ownerKind() {
        return OWNER;
    }

    @Override
    public boolean canRead(XasoUser user, String ownerRef) {
        try {
            long id = Long.parseLong(ownerRef);
            return documents.find(id).map(d -> access.canRead(user, d.unitCode()) || documents.isParticipant(id, user.getUsername()))
                    .orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** An upload or a file xaso produced (signed, sealed, a delivered copy), checked by content and size. */
    StoredFile store(Document d, byte[] content, String name, String kind, boolean signed, String by) {
        return files.store(content, name == null || name.isBlank() ? "van-ban.pdf" : name, OWNER, String.valueOf(d.id()), kind,
                signed, by);
    }

    static boolean isDocx(StoredFile file) {
        return file.contentType().startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
    }

    /**
     * The PDF of a Word draft, made before the draft is saved and outside any transaction (LibreOffice may take a
     * minute); empty for a PDF, or when LibreOffice is not installed or fails.
     */
    Optional<byte[]> pdfOf(byte[] draft) {
        return OfficeConverter.isWordDocument(draft) ? office.toPdf(draft) : Optional.empty();
    }

    /** Stores the PDF made of a stored DOCX draft beside it. */
    StoredFile storePdfOf(Document d, StoredFile docx, byte[] pdf, String by) {
        return store(d, pdf, docx.name().replaceAll("(?i)\\.docx$", "") + ".pdf", "DRAFT", false, by);
    }

    StoredFile require(UUID id) {
        return files.find(id).orElseThrow(() -> new NotFound("File", id));
    }

    byte[] content(StoredFile file) {
        return files.content(file);
    }
}
