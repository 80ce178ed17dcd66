package vn.xaso.signing;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;
import java.util.List;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.signature.AbstractSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.signature.resources.InMemoryResourcesHandlerBuilder;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.xaso.api.Conflict;
import vn.xaso.api.Refusal;

/**
 * PAdES-BASELINE-B (or -T with a time-stamp authority) signatures with DSS on PDFBox, one service for the whole application: a signature is a
 * hash, one private-key operation and an incremental update of the PDF, a few milliseconds.
 */
@Component
class PdfSigner {

    /** Room for a time-stamp token with its authority's certificates. */
    private static final int TIME_STAMP_ROOM = 8192;

    private final PAdESService service;
    private final boolean timeStamped;

    /** With a time-stamp authority URL, signatures are PAdES-BASELINE-T; without, PAdES-BASELINE-B. */
    PdfSigner(@Value("${xaso.signing.tsa-url:}") String tsaUrl) {
        service = new PAdESService(new CommonCertificateVerifier()) {
            /**
             * DSS builds a whole validation context at each signature to learn that the signing certificate is in its
             * dates and not revoked (it has no revocation source here): {@link #requireValidAt} checks the dates
             * first, for a clear refusal, and that check was a twelfth of a signature's time.
             */
            @Override
            protected void assertSigningCertificateValid(AbstractSignatureParameters<?> parameters) {
            }
        };
        timeStamped = !tsaUrl.isBlank();
        if (timeStamped) {
            service.setTspSource(new TimeStampAuthority(tsaUrl.strip()));
        }
        PdfBoxNativeObjectFactory factory = new PlaceholderFilling();
        PdfSignatureFieldPositionChecker positions = new PdfSignatureFieldPositionChecker();
        // the unit's seal overlaps the leader's signature on purpose (design/domain.md §5)
        positions.setAlertOnSignatureFieldOverlap(new SilentOnStatusAlert());
        factory.setPdfSignatureFieldPositionChecker(positions);
        // signing only adds our own revision: rendering pages to compare them (a validation concern) costs more than the signature
        DefaultPdfDifferencesFinder differences = new DefaultPdfDifferencesFinder();
        differences.setMaximalPagesAmountForVisualComparison(0);
        factory.setPdfDifferencesFinder(differences);
        // results are small: keep the signed revision in memory rather than in a temporary file read back byte by byte
        factory.setResourcesHandlerBuilder(new InMemoryResourcesHandlerBuilder());
        service.setPdfObjFactory(factory);
    }

    byte[] sign(byte[] pdf, KeyVault.Identity identity, Stamp stamp, Instant at) {
        return ServiceLookups.run(() -> {
            Prepared prepared = prepare(pdf, identity.key().getCertificate(), identity.key().getCertificateChain(), stamp, at);
            SignatureValue value = identity.token().sign(prepared.toBeSigned(), prepared.parameters().getDigestAlgorithm(), identity.key());
            return finish(prepared, value);
        });
    }

    /** A signature ready but for its value: the SHA-256 hash to sign where the key is (a remote signing service). */
    record Prepared(DSSDocument document, PAdESSignatureParameters parameters, ToBeSigned toBeSigned) {

        byte[] hash() {
            return DSSUtils.digest(DigestAlgorithm.SHA256, toBeSigned.getBytes());
        }
    }

    Prepared prepare(byte[] pdf, List<X509Certificate> chain, Stamp stamp, Instant at) {
        return ServiceLookups.run(() -> prepareHere(pdf, chain, stamp, at));
    }

    private Prepared prepareHere(byte[] pdf, List<X509Certificate> chain, Stamp stamp, Instant at) {
        List<CertificateToken> tokens = chain.stream().map(CertificateToken::new).toList();
        return prepare(pdf, tokens.get(0), tokens.toArray(CertificateToken[]::new), stamp, at);
    }

    private Prepared prepare(byte[] pdf, CertificateToken certificate, CertificateToken[] chain, Stamp stamp, Instant at) {
        requireValidAt(certificate.getCertificate(), at);
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(timeStamped ? SignatureLevel.PAdES_BASELINE_T : SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(certificate);
        parameters.setCertificateChain(chain);
        parameters.bLevel().setSigningDate(Date.from(at));
        parameters.setContentSize(contentSize(chain) + (timeStamped ? TIME_STAMP_ROOM : 0));
        if (stamp.visible()) {
            parameters.setImageParameters(image(stamp));
        }
        DSSDocument document = new InMemoryDocument(pdf);
        return new Prepared(document, parameters, service.getDataToSign(document, parameters));
    }

    /** The signed PDF, with an RSA (PKCS#1 v1.5) signature of the prepared hash. */
    byte[] finish(Prepared prepared, byte[] rsaSignature) {
        return ServiceLookups.run(() -> finish(prepared, new SignatureValue(SignatureAlgorithm.RSA_SHA256, rsaSignature)));
    }

    private byte[] finish(Prepared prepared, SignatureValue value) {
        DSSDocument signed = service.signDocument(prepared.document(), prepared.parameters(), value);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            signed.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A certificate that is not valid when signing makes a signature no one accepts: refused with its dates (409). */
    private static void requireValidAt(X509Certificate certificate, Instant at) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (at.isBefore(notBefore) || at.isAfter(notAfter)) {
            throw new Conflict("signing.certificate.not-valid", Refusal.at(notBefore), Refusal.at(notAfter));
        }
    }

    /**
     * Room for the signature in the PDF: the certificates it carries plus the signed attributes and the signature
     * value. DSS reserves 9,472 bytes by default and PDFBox writes the empty room as hex digit by digit, so a
     * tight room is measurably faster.
     */
    private static int contentSize(CertificateToken[] chain) {
        int certificates = java.util.Arrays.stream(chain).mapToInt(c -> c.getEncoded().length).sum();
        return certificates + 2048;
    }

    private static SignatureImageParameters image(Stamp stamp) {
        SignatureImageParameters image = new SignatureImageParameters();
        image.setImage(stamp.image().document());
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setPage(stamp.position().page());
        field.setOriginX(stamp.position().x());
        field.setOriginY(stamp.position().y());
        field.setWidth(stamp.width());
        field.setHeight(stamp.height());
        image.setFieldParameters(field);
        return image;
    }
}
