package vn.xaso.signing.web;

import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.UnitAccess;
import vn.xaso.signing.SigningIdentities.CertificateView;
import vn.xaso.signing.SigningIdentities.Owner;
import vn.xaso.signing.SigningIdentities.PictureView;
import vn.xaso.signing.SigningIdentities;

/**
 * Signing identities for administrators: {@code POST /api/v1/signing/identities} imports a PKCS#12 file for an
 * official ({@code username}) or a unit ({@code unitCode}); {@code GET} shows the certificate in use;
 * {@code POST|GET /api/v1/signing/pictures} uploads or shows the scanned signature (official) or seal (unit) of its
 * stamps; {@code POST /api/v1/signing/trust-anchors} adds a root certificate (province administrators).
 */
@RestController
@RequestMapping("/api/v1/signing")
class SigningAdminApi {

    private final SigningIdentities identities;
    private final UnitAccess access;
    private final CurrentUser currentUser;

    SigningAdminApi(SigningIdentities identities, UnitAccess access, CurrentUser currentUser) {
        this.identities = identities;
        this.access = access;
        this.currentUser = currentUser;
    }

    @PostMapping(value = "/identities", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'UNIT_ADMIN')")
    CertificateView importIdentity(@RequestParam(required = false) String username, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) MultipartFile keystore, @RequestParam(required = false) String password) throws IOException {
        Owner owner = owner(username, unitCode);
        access.administered(currentUser.get(), identities.unitOf(owner));
        if (keystore == null || keystore.isEmpty()) {
            throw new InvalidInput("keystore", "signing.keystore.required");
        }
        return identities.importPkcs12(owner, keystore.getBytes(), password == null ? new char[0] : password.toCharArray());
    }

    @GetMapping("/identities")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'UNIT_ADMIN')")
    CertificateView identity(@RequestParam(required = false) String username, @RequestParam(required = false) String unitCode) {
        Owner owner = owner(username, unitCode);
        access.administered(currentUser.get(), identities.unitOf(owner));
        return identities.certificate(owner).orElseThrow(() -> new NotFound("Signing identity", username != null ? username : unitCode));
    }

    @PostMapping(value = "/pictures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'UNIT_ADMIN')")
    PictureView uploadPicture(@RequestParam(required = false) String username, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) MultipartFile picture) throws IOException {
        Owner owner = owner(username, unitCode);
        access.administered(currentUser.get(), identities.unitOf(owner));
        if (picture == null || picture.isEmpty()) {
            throw new InvalidInput("picture", "signing.picture.required");
        }
        return identities.uploadPicture(owner, picture.getBytes());
    }

    @GetMapping("/pictures")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'UNIT_ADMIN')")
    ResponseEntity<byte[]> picture(@RequestParam(required = false) String username, @RequestParam(required = false) String unitCode) {
        Owner owner = owner(username, unitCode);
        access.administered(currentUser.get(), identities.unitOf(owner));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .body(identities.picture(owner).orElseThrow(() -> new NotFound("Stamp picture", username != null ? username : unitCode)));
    }

    @PostMapping(value = "/trust-anchors", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    CertificateView addTrustAnchor(@RequestParam(required = false) MultipartFile certificate) throws IOException {
        if (certificate == null || certificate.isEmpty()) {
            throw new InvalidInput("certificate", "signing.certificate.choose");
        }
        return identities.addTrustAnchor(certificate.getBytes());
    }

    private static Owner owner(String username, String unitCode) {
        boolean person = username != null && !username.isBlank();
        boolean unit = unitCode != null && !unitCode.isBlank();
        if (person == unit) {
            throw new InvalidInput("username", "signing.owner.one");
        }
        return new Owner(person ? username.strip() : null, unit ? unitCode.strip() : null);
    }
}
