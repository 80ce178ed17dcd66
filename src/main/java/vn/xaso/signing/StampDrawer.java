package vn.xaso.signing;

import eu.europa.esig.dss.pdf.AnnotationBox;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxUtils;
import eu.europa.esig.dss.pdf.pdfbox.visible.nativedrawer.NativePdfBoxVisibleSignatureDrawer;
import eu.europa.esig.dss.pdf.visible.SignatureFieldDimensionAndPosition;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Draws xaso's stamps ({@link StampImage}) as DSS's native drawer would — a signature field whose appearance is the
 * picture filling the field's rectangle, handed to PDFBox as its visual-signature template — but embeds the
 * picture's ready streams and places the field from its parameters, where DSS reads the picture's metadata (twice)
 * and decodes and re-encodes its pixels at every signature. Stamps are never rotated, so the rectangle is the
 * field's, counted from the page's top-left corner; other pictures go DSS's way.
 */
final class StampDrawer extends NativePdfBoxVisibleSignatureDrawer {

    @Override
    public SignatureFieldDimensionAndPosition buildSignatureFieldBox() {
        if (stamp() == null) {
            return super.buildSignatureFieldBox();
        }
        PDRectangle page = getPage().getMediaBox();
        SignatureFieldParameters field = parameters.getFieldParameters();
        SignatureFieldDimensionAndPosition box = new SignatureFieldDimensionAndPosition(
                new AnnotationBox(page.getLowerLeftX(), page.getLowerLeftY(), page.getUpperRightX(), page.getUpperRightY()));
        box.setBoxX(field.getOriginX());
        box.setBoxY(field.getOriginY());
        box.setBoxWidth(field.getWidth());
        box.setBoxHeight(field.getHeight());
        return box;
    }

    @Override
    public void draw() throws IOException {
        StampImage stamp = stamp();
        if (stamp == null) {
            super.draw();
            return;
        }
        AnnotationBox box = buildSignatureFieldBox().getAnnotationBox();
        PDRectangle rectangle = new PDRectangle(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
        try (PDDocument template = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            template.addPage(new PDPage(getPage().getMediaBox()));
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            PDSignatureField field = new PDSignatureField(form);
            form.getFields().add(field);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(rectangle);
            PDAppearanceDictionary appearance = PdfBoxUtils.createSignatureAppearanceDictionary(template, rectangle);
            widget.setAppearance(appearance);
            try (PDPageContentStream content = new PDPageContentStream(template, appearance.getNormalAppearance().getAppearanceStream())) {
                content.drawImage(stamp.in(template), 0, 0, rectangle.getWidth(), rectangle.getHeight());
            }
            template.save(out, CompressParameters.NO_COMPRESSION);
            signatureOptions.setVisualSignature(new ByteArrayInputStream(out.toByteArray()));
        }
    }

    /** The colour space the document's output intent must cover: xaso's stamps are RGB. */
    @Override
    protected String getExpectedColorSpaceName() throws IOException {
        return stamp() != null ? COSName.DEVICERGB.getName() : super.getExpectedColorSpaceName();
    }

    private StampImage stamp() {
        return parameters.getImage() instanceof StampImage.Document document && parameters.getFieldParameters().getRotation() == null
                ? document.image : null;
    }
}
