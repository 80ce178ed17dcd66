package vn.xaso.signing;

import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.PAdESCommonParameters;
import eu.europa.esig.dss.pdf.PDFServiceMode;
import eu.europa.esig.dss.pdf.PDFSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.visible.nativedrawer.PdfBoxNativeSignatureDrawerFactory;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pdf.pdfbox.visible.PdfBoxSignatureDrawer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Two shortcuts in DSS's PDFBox signing, each measured with {@code bench/signing.sh}: stamps drawn from their ready
 * image streams ({@link StampDrawer}), and the signature written in place. DSS prepares the signed revision once (to hash it) and then writes the CMS signature into its empty
 * {@code /Contents <000…>} placeholder by copying the whole PDF one byte at a time, which was most of a
 * signature's time. This factory's service writes the signature's hex digits straight into the prepared bytes at
 * the place the signature's own {@code /ByteRange} names: the same result, without the byte-by-byte copy.
 */
class PlaceholderFilling extends PdfBoxNativeObjectFactory {

    private static final byte[] BYTE_RANGE = "/ByteRange".getBytes(StandardCharsets.US_ASCII);

    @Override
    public PDFSignatureService newPAdESSignatureService() {
        return configure(new Service());
    }

    private static final class Service extends PdfBoxSignatureService {

        Service() {
            super(PDFServiceMode.SIGNATURE, new PdfBoxNativeSignatureDrawerFactory() {
                @Override
                public PdfBoxSignatureDrawer getSignatureDrawer(SignatureImageParameters parameters) {
                    return new StampDrawer();
                }
            });
        }

        @Override
        public DSSDocument sign(DSSDocument document, byte[] cmsSignedData, PAdESCommonParameters parameters) {
            DSSDocument prepared = parameters.getPdfSignatureCache().getToBeSignedDocument();
            if (prepared == null) {
                return super.sign(document, cmsSignedData, parameters);
            }
            byte[] pdf = DSSUtils.toByteArray(prepared);
            fill(pdf, cmsSignedData);
            parameters.reinit();
            return new InMemoryDocument(pdf, null, MimeTypeEnum.PDF);
        }
    }

    /** Writes the signature as hex into the {@code <…>} gap of the last signature's byte range. */
    static void fill(byte[] pdf, byte[] signature) {
        int at = lastIndexOf(pdf, BYTE_RANGE);
        if (at < 0) {
            throw new IllegalStateException("The prepared PDF has no /ByteRange");
        }
        long[] range = new long[4];
        int position = at + BYTE_RANGE.length;
        while (pdf[position] != '[') {
            position++;
        }
        for (int i = 0; i < 4; i++) {
            while (!Character.isDigit(pdf[position])) {
                position++;
            }
            long value = 0;
            while (Character.isDigit(pdf[position])) {
                value = value * 10 + (pdf[position++] - '0');
            }
            range[i] = value;
        }
        int open = (int) range[1];
        int close = (int) range[2] - 1;
        byte[] hex = HexFormat.of().formatHex(signature).getBytes(StandardCharsets.US_ASCII);
        if (pdf[open] != '<' || pdf[close] != '>' || hex.length > close - open - 1) {
            throw new IllegalStateException("The signature does not fit the prepared placeholder");
        }
        System.arraycopy(hex, 0, pdf, open + 1, hex.length);
    }

    private static int lastIndexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = data.length - pattern.length; i >= 0; i--) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
