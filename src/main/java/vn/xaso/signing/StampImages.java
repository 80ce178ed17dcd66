package vn.xaso.signing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The pictures in visible stamps, drawn when no scanned image was uploaded: a blue handwritten-looking
 * stroke for a signer (different for each name), a red round seal for a unit.
 */
final class StampImages {

    static final Color SIGNATURE_BLUE = new Color(0x1a, 0x3f, 0xb0);
    static final Color SEAL_RED = new Color(0xd0, 0x1c, 0x1c);

    private StampImages() {
    }

    static byte[] signature(String name) {
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
        return png(image);
    }

    static byte[] seal() {
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
        return png(image);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
