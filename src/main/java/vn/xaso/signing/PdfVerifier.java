package vn.xaso.signing;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.xaso.api.InvalidInput;

/**
 * Checks every signature of a PDF with DSS, offline: is it intact, which bytes it covers, and does its
 * certificate chain to one of the trust anchors (e.g. the national root CA, or the demo CA in the demo).
 */
@Component
class PdfVerifier {

    /**
     * Changes after a signature are still found object by object (an added page, changed content, a changed form), but
     * revisions are not rendered to compare their pages pixel by pixel: that was most of a verification's time.
     */
    private static final PdfBoxNativeObjectFactory OBJECTS = objects();

    private final KeyVault vault;

    PdfVerifier(KeyVault vault) {
        this.vault = vault;
    }

    Verification verify(byte[] pdf) {
        return ServiceLookups.run(() -> verifyHere(pdf));
    }

    private Verification verifyHere(byte[] pdf) {
        if (pdf == null || pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new InvalidInput("file", "signing.pdf.not-pdf");
        }
        SignedDocumentValidator validator;
        try {
            validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        } catch (RuntimeException e) {
            throw new InvalidInput("file", "signing.pdf.unreadable");
        }
        if (validator instanceof PDFDocumentValidator pdfValidator) {
            pdfValidator.setPdfObjFactory(OBJECTS);
        }
        // xaso reads the diagnostic data and the simple report: the ETSI validation report (a third, larger report) is not built
        validator.setEnableEtsiValidationReport(false);
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        vault.trustAnchors().forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
        verifier.setTrustedCertSources(trusted);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        verifier.setAIASource(null);
        validator.setCertificateVerifier(verifier);
        Reports reports;
        try {
            reports = validator.validateDocument();
        } catch (RuntimeException | StackOverflowError e) {
            throw new InvalidInput("file", "signing.pdf.broken");
        }
        DiagnosticData diagnostic = reports.getDiagnosticData();
        SimpleReport simple = reports.getSimpleReport();
        List<Verification.Signature> signatures = new ArrayList<>();
        for (SignatureWrapper signature : diagnostic.getSignatures()) {
            CertificateWrapper signer = signature.getSigningCertificate();
            List<CertificateWrapper> chain = signature.getCertificateChain();
            boolean trustedChain = !chain.isEmpty() && chain.stream().anyMatch(CertificateWrapper::isTrusted);
            signatures.add(new Verification.Signature(
                    signer == null ? null : signer.getCommonName(),
                    signature.getClaimedSigningTime() == null ? null
                            : signature.getClaimedSigningTime().toInstant().atOffset(ZoneOffset.ofHours(7)),
                    signature.isSignatureIntact() && signature.isSignatureValid(),
                    coversWholeDocument(signature.getSignatureByteRange(), pdf.length),
                    trustedChain,
                    String.valueOf(simple.getIndication(signature.getId())),
                    signature.getTimestampList().stream().filter(t -> t.isSignatureValid())
                            .map(t -> t.getProductionTime().toInstant().atOffset(ZoneOffset.ofHours(7)))
                            .findFirst().orElse(null)));
        }
        return new Verification(signatures);
    }

    private static PdfBoxNativeObjectFactory objects() {
        PdfBoxNativeObjectFactory factory = new PdfBoxNativeObjectFactory();
        DefaultPdfDifferencesFinder differences = new DefaultPdfDifferencesFinder();
        differences.setMaximalPagesAmountForVisualComparison(0);
        factory.setPdfDifferencesFinder(differences);
        return factory;
    }

    /** The last signature covers the whole file when its byte range ends at the end of the file. */
    private static boolean coversWholeDocument(List<BigInteger> byteRange, int length) {
        return byteRange != null && byteRange.size() == 4
                && byteRange.get(2).add(byteRange.get(3)).longValue() == length;
    }
}
