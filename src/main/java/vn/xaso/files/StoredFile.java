package vn.xaso.files;

import java.time.Instant;
import java.util.UUID;

/** A file's record: what it is, whose it is ({@code ownerKind}/{@code ownerRef}, e.g. DOSSIER/code), who added it. */
public record StoredFile(UUID id, String sha256, String name, String contentType, long size, String ownerKind,
        String ownerRef, String kind, boolean signed, String uploadedBy, Instant uploadedAt) {
}
