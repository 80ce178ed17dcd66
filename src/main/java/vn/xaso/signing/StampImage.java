package vn.xaso.signing;

import eu.europa.esig.dss.model.InMemoryDocument;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A stamp's picture encoded once, as a PDF image stream holds it: the colour as JPEG ({@code DCTDecode}) or as
 * deflated RGB, and the transparency, if any, as a deflated 8-bit soft mask. A PDF library embeds such streams as
 * they are; a PNG or JPEG file would be decoded and re-encoded at every signature (most of a visible signature's
 * time, measured with {@code bench/signing.sh}).
 */
record StampImage(int width, int height, COSName colourFilter, byte[] colour, byte[] alpha) {

    /** The deflated colour planes of solid colours, one per size and colour: the seal is red all over, its mask draws it. */
    private static final Map<String, byte[]> SOLID = new ConcurrentHashMap<>();

    /** An opaque picture, as JPEG. */
    static StampImage opaque(BufferedImage rgb) {
        return new StampImage(rgb.getWidth(), rgb.getHeight(), COSName.DCT_DECODE, jpeg(rgb), null);
    }

    /** A picture in one colour whose shape is the transparency of {@code argb} (an integer-ARGB image). */
    static StampImage inColour(BufferedImage argb, Color colour) {
        int width = argb.getWidth();
        int height = argb.getHeight();
        int[] pixels = ((DataBufferInt) argb.getRaster().getDataBuffer()).getData();
        byte[] alpha = new byte[width * height];
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] = (byte) (pixels[i] >>> 24);
        }
        byte[] solid = SOLID.computeIfAbsent(width + "x" + height + "#" + colour.getRGB(), k -> solid(width * height, colour));
        return new StampImage(width, height, COSName.FLATE_DECODE, solid, deflate(alpha));
    }

    /** The image in {@code document}, with its soft mask. */
    PDImageXObject in(PDDocument document) throws IOException {
        PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(colour), colourFilter, width, height, 8,
                PDDeviceRGB.INSTANCE);
        if (alpha != null) {
            PDImageXObject mask = new PDImageXObject(document, new ByteArrayInputStream(alpha), COSName.FLATE_DECODE, width,
                    height, 8, PDDeviceGray.INSTANCE);
            image.getCOSObject().setItem(COSName.SMASK, mask);
        }
        return image;
    }

    /** The picture as DSS's parameters take it; xaso's drawer ({@link PlaceholderFilling}) embeds its streams. */
    InMemoryDocument document() {
        return new Document(this);
    }

    static final class Document extends InMemoryDocument {

        final StampImage image;

        private Document(StampImage image) {
            super(image.colour);
            this.image = image;
        }
    }

    private static byte[] solid(int pixels, Color colour) {
        byte[] rgb = new byte[pixels * 3];
        for (int i = 0; i < rgb.length; i += 3) {
            rgb[i] = (byte) colour.getRed();
            rgb[i + 1] = (byte) colour.getGreen();
            rgb[i + 2] = (byte) colour.getBlue();
        }
        return deflate(rgb);
    }

    private static byte[] deflate(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
            stream.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(0.92f);
            try (var stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, null), parameters);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
