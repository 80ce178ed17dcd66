package vn.xaso.signing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.xaso.api.InvalidInput;
import vn.xaso.signing.Signatures;
import vn.xaso.signing.Verification;

/**
 * Checks a signed PDF (multipart {@code file}): {@code POST /api/v1/signing/verify} for logged-in users and other
 * systems, {@code POST /api/v1/public/signing/verify} for anyone, a few a minute per address (checking costs CPU).
 */
@RestController
class VerifyApi {

    private final Signatures signatures;
    private final PublicChecks publicChecks;

    VerifyApi(Signatures signatures, PublicChecks publicChecks) {
        this.signatures = signatures;
        this.publicChecks = publicChecks;
    }

    @PostMapping(value = "/api/v1/signing/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Verification verify(@RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "files.required");
        }
        return signatures.verify(file.getBytes());
    }

    @PostMapping(value = "/api/v1/public/signing/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Verification verifyForAnyone(@RequestParam(required = false) MultipartFile file, HttpServletRequest request)
            throws IOException {
        publicChecks.count(request.getRemoteAddr());
        return verify(file);
    }
}
