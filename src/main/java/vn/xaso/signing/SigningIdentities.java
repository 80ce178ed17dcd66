package vn.xaso.signing;

import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.xaso.api.InvalidInput;
import vn.xaso.audit.AuditEvent;
import vn.xaso.organization.Organization;

/**
 * Administrators' side of signing: import a leader's or a unit's key from a PKCS#12 file, upload the scanned
 * signature or seal for its stamps, add trust anchors, and look at which certificate an identity signs with. Every change is on the audit trail.
 */
@Service
public class SigningIdentities {

    private final KeyVault vault;
    private final StampPictures pictures;
    private final Organization organization;
    private final ApplicationEventPublisher events;

    SigningIdentities(KeyVault vault, StampPictures pictures, Organization organization, ApplicationEventPublisher events) {
        this.vault = vault;
        this.pictures = pictures;
        this.organization = organization;
        this.events = events;
    }

    /** Who an identity is: an official's username, or a unit's code for its organisation signature. */
    public record Owner(String username, String unitCode) {

        public static Owner person(String username) {
            return new Owner(username, null);
        }

        public static Owner unit(String unitCode) {
            return new Owner(null, unitCode);
        }

        String alias() {
            return username != null ? "person-" + username : "unit-" + unitCode.replace('.', '_');
        }
    }

    /** A certificate as administrators see it (never the key). */
    public record CertificateView(String subject, String issuer, String serial, java.time.OffsetDateTime validFrom,
            java.time.OffsetDateTime validTo) {

        static CertificateView of(X509Certificate certificate) {
            return new CertificateView(certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber().toString(16),
                    certificate.getNotBefore().toInstant().atOffset(ZoneOffset.ofHours(7)),
                    certificate.getNotAfter().toInstant().atOffset(ZoneOffset.ofHours(7)));
        }
    }

    /** The unit the identity belongs to: the official's unit, or the unit itself. */
    public String unitOf(Owner owner) {
        if (owner.username() != null) {
            return organization.official(owner.username()).map(o -> o.unitCode())
                    .orElseThrow(() -> new InvalidInput("username", "organization.official.unknown"));
        }
        return organization.unit(owner.unitCode()).map(u -> u.code()).orElseThrow(() -> new InvalidInput("unitCode", "input.unit.unknown"));
    }

    public CertificateView importPkcs12(Owner owner, byte[] pkcs12, char[] password) {
        String unit = unitOf(owner);
        X509Certificate certificate = vault.importPkcs12(owner.alias(), pkcs12, password);
        CertificateView view = CertificateView.of(certificate);
        events.publishEvent(AuditEvent.of("signing.identity-imported", unit, "signing-identity", owner.alias(), null, view));
        return view;
    }

    public Optional<CertificateView> certificate(Owner owner) {
        unitOf(owner);
        return vault.certificate(owner.alias()).map(CertificateView::of);
    }

    /** A picture as stored for stamps. */
    public record PictureView(String owner, int width, int height) {
    }

    /** Stores the scanned handwritten signature of a leader, or the seal of a unit, used in visible stamps from now on. */
    public PictureView uploadPicture(Owner owner, byte[] picture) {
        String unit = unitOf(owner);
        int[] size = pictures.store(owner.alias(), picture);
        PictureView view = new PictureView(owner.alias(), size[0], size[1]);
        events.publishEvent(AuditEvent.of("signing.picture-uploaded", unit, "signing-identity", owner.alias(), null, view));
        return view;
    }

    /** The stored picture as PNG, if one was uploaded. */
    public Optional<byte[]> picture(Owner owner) {
        unitOf(owner);
        return pictures.png(owner.alias());
    }

    public CertificateView addTrustAnchor(byte[] certificate) {
        CertificateView view = CertificateView.of(vault.addTrustAnchor(certificate));
        events.publishEvent(AuditEvent.of("signing.trust-anchor-added", null, "trust-anchor", view.serial(), null, view));
        return view;
    }
}
