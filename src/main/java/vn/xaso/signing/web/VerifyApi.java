package vn.xaso.signing.web;

import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.xaso.api.InvalidInput;
import vn.xaso.signing.Signatures;
import vn.xaso.signing.Verification;

/** Anyone can check a signed PDF: {@code POST /api/v1/signing/verify} with the file (multipart {@code file}). */
@RestController
class VerifyApi {

    private final Signatures signatures;

    VerifyApi(Signatures signatures) {
        this.signatures = signatures;
    }

    @PostMapping(value = "/api/v1/signing/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Verification verify(@RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "is required");
        }
        return signatures.verify(file.getBytes());
    }
}
