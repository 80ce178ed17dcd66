package vn.xaso.files.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.xaso.api.NotFound;
import vn.xaso.files.FileOwner;
import vn.xaso.files.StoredFile;
import vn.xaso.files.StoredFiles;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;

/** {@code GET /api/v1/files/{id}}: the file, if its owner (dossier, document) lets the caller read it; else 404. */
@RestController
class FilesApi {

    private final StoredFiles files;
    private final List<FileOwner> owners;
    private final CurrentUser currentUser;

    FilesApi(StoredFiles files, List<FileOwner> owners, CurrentUser currentUser) {
        this.files = files;
        this.owners = owners;
        this.currentUser = currentUser;
    }

    @GetMapping({"/api/v1/files/{id}", "/files/{id}"})
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        XasoUser user = currentUser.get();
        StoredFile file = files.find(id)
                .filter(f -> owners.stream().anyMatch(o -> o.ownerKind().equals(f.ownerKind()) && o.canRead(user, f.ownerRef())))
                .orElseThrow(() -> new NotFound("File", id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .body(files.content(file));
    }
}
