package vn.xaso.signing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

/**
 * The pictures in visible stamps: the uploaded scan of a signature or seal, or when there is none a drawn one
 * (a blue handwritten-looking stroke, different for each name; a red round seal). A seal always prints in red.
 */
final class StampImages {

    /** Pixels per drawing unit: 0.6 keeps text crisp at print size and the PDF small. */
    private static final double SCALE = 0.6;
    /** The seal keeps its transparency (it lies over the signature): a deflated mask, fewer pixels for it. */
    private static final double SEAL_SCALE = 0.45;

    static final Color SIGNATURE_BLUE = new Color(0x1a, 0x3f, 0xb0);
    static final Color SEAL_RED = new Color(0xd0, 0x1c, 0x1c);

    private StampImages() {
    }

    /**
     * A signer's stamp as one picture: title above, the blue signature, then name and time below. Drawing the
     * text into the picture keeps fonts out of the PDF update, which makes signing several times faster.
     */
    static StampImage signatureStamp(String title, String name, String time, java.util.Optional<BufferedImage> signature) {
        BufferedImage image = new BufferedImage((int) (330 * SCALE), (int) (230 * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(SCALE, SCALE);
        g.setColor(SIGNATURE_BLUE);
        g.setFont(FONT.deriveFont(java.awt.Font.BOLD, 17f));
        centered(g, title == null ? "" : title, 330, 22);
        g.drawImage(signature.orElseGet(() -> signatureStroke(name)), 45, 32, null);
        g.setFont(FONT.deriveFont(java.awt.Font.BOLD, 18f));
        centered(g, name, 330, 150);
        g.setFont(FONT.deriveFont(13f));
        centered(g, "Ký số: " + time, 330, 180);
        g.dispose();
        return StampImage.opaque(image);
    }

    /** The number and symbol written on the document's "Số:" line, in black on white, {@code width}×{@code height} points. */
    static StampImage numberStamp(String text, float width, float height) {
        int scale = 3;
        BufferedImage image = new BufferedImage((int) (width * scale), (int) (height * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(FONT.deriveFont(height * scale * 0.72f));
        g.drawString(text, 0, (int) (height * scale * 0.78f));
        g.dispose();
        return StampImage.opaque(image);
    }

    /** The unit's seal with, on its left, the unit's name, the document's reference and the signing time in red. */
    static StampImage sealStamp(String unit, String reference, String time, java.util.Optional<BufferedImage> seal) {
        BufferedImage image = new BufferedImage((int) (420 * SEAL_SCALE), (int) (200 * SEAL_SCALE), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        g.scale(SEAL_SCALE, SEAL_SCALE);
        g.setColor(SEAL_RED);
        g.setFont(FONT.deriveFont(java.awt.Font.BOLD, 15f));
        g.drawString(unit, 4, 80);
        g.setFont(FONT.deriveFont(13f));
        if (reference != null) {
            g.drawString(reference, 4, 102);
        }
        g.drawString(time, 4, 124);
        g.drawImage(seal.orElse(SEAL), 220, 0, null);
        g.dispose();
        return StampImage.inColour(image, SEAL_RED);
    }

    private static final java.awt.Font FONT = loadFont();
    private static final BufferedImage SEAL = sealImage();

    private static java.awt.Font loadFont() {
        try (var in = new org.springframework.core.io.ClassPathResource("fonts/DejaVuSerif.ttf").getInputStream()) {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        } catch (Exception e) {
            return new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 12);
        }
    }

    private static void centered(Graphics2D g, String text, int width, int baseline) {
        int textWidth = g.getFontMetrics().stringWidth(text);
        g.drawString(text, Math.max(2, (width - textWidth) / 2), baseline);
    }

    private static BufferedImage signatureStroke(String name) {
        BufferedImage image = new BufferedImage(240, 90, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        g.setColor(SIGNATURE_BLUE);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int seed = Math.abs(name.hashCode());
        for (int i = 0; i < 3; i++) {
            int shift = (seed >> (i * 4)) % 25;
            g.draw(new CubicCurve2D.Float(15 + i * 60, 60 - shift, 45 + i * 60, 5 + shift, 60 + i * 60, 85 - shift, 95 + i * 60, 35 + shift / 2f));
        }
        g.dispose();
        return image;
    }

    private static BufferedImage sealImage() {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        g.setColor(new Color(SEAL_RED.getRed(), SEAL_RED.getGreen(), SEAL_RED.getBlue(), 200));
        g.setStroke(new BasicStroke(7f));
        g.draw(new Ellipse2D.Float(8, 8, 184, 184));
        g.setStroke(new BasicStroke(3f));
        g.draw(new Ellipse2D.Float(30, 30, 140, 140));
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            double radius = i % 2 == 0 ? 38 : 15;
            xs[i] = (int) (100 + radius * Math.cos(angle));
            ys[i] = (int) (100 - radius * Math.sin(angle));
        }
        g.fillPolygon(xs, ys, 10);
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }
}
