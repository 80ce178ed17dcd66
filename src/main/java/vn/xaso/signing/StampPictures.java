package vn.xaso.signing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.xaso.api.InvalidInput;
import vn.xaso.cluster.SharedChanges;
import vn.xaso.cluster.SharedDataChanged;

/**
 * Scanned pictures for stamps, uploaded by administrators: a leader's handwritten signature or a unit's seal.
 * Each is checked by its content (PNG or JPEG, at most 1 MB and 3000 pixels a side), fitted to the stamp's size
 * and kept as PNG beside the keystores under {@code xaso.signing.directory}/pictures; without one, stamps use a
 * drawn picture.
 */
@Component
class StampPictures {

    static final int MAX_BYTES = 1024 * 1024;
    private static final int MAX_SIDE = 3000;
    /** The space a signature takes in the signer's stamp, and the seal's diameter, in drawing units. */
    static final int SIGNATURE_WIDTH = 240;
    static final int SIGNATURE_HEIGHT = 90;
    static final int SEAL_SIZE = 200;

    private final Path directory;
    private final Map<String, Optional<BufferedImage>> cache = new ConcurrentHashMap<>();

    static final String SHARED_TOPIC = "stamp-pictures";

    private final SharedChanges shared;

    StampPictures(@Value("${xaso.signing.directory:./data/signing}") String directory, SharedChanges shared) {
        this.directory = Path.of(directory).toAbsolutePath().normalize().resolve("pictures");
        this.shared = shared;
    }

    /** Stores the picture for an alias ({@code person-…} or {@code unit-…}); returns the stored width and height. */
    int[] store(String alias, byte[] upload) {
        BufferedImage picture = read(upload);
        boolean seal = alias.startsWith("unit-");
        BufferedImage fitted = seal ? fit(picture, SEAL_SIZE, SEAL_SIZE) : fit(picture, SIGNATURE_WIDTH, SIGNATURE_HEIGHT);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, alias, ".part");
            ImageIO.write(fitted, "png", temporary.toFile());
            Files.move(temporary, file(alias), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cache.put(alias, Optional.of(fitted));
        shared.changed(SHARED_TOPIC);
        return new int[] {fitted.getWidth(), fitted.getHeight()};
    }

    /** Another node stored a picture (in the folder every node shares): read it again when it is next needed. */
    @EventListener
    void on(SharedDataChanged change) {
        if (change.concerns(SHARED_TOPIC)) {
            cache.clear();
        }
    }

    /** The stored picture of an alias, if an administrator uploaded one. */
    Optional<BufferedImage> picture(String alias) {
        return cache.computeIfAbsent(alias, a -> {
            Path file = file(a);
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(ImageIO.read(file.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The stored picture as PNG, for the administrators' preview. */
    Optional<byte[]> png(String alias) {
        return picture(alias).map(image -> {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Path file(String alias) {
        return directory.resolve(alias + ".png");
    }

    private static BufferedImage read(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidInput("picture", "signing.picture.required");
        }
        if (upload.length > MAX_BYTES) {
            throw new InvalidInput("picture", "signing.picture.too-large");
        }
        boolean png = upload.length > 8 && upload[1] == 'P' && upload[2] == 'N' && upload[3] == 'G';
        boolean jpeg = upload.length > 3 && (upload[0] & 0xff) == 0xff && (upload[1] & 0xff) == 0xd8;
        if (!png && !jpeg) {
            throw new InvalidInput("picture", "signing.picture.type");
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(upload));
            if (image == null) {
                throw new InvalidInput("picture", "signing.picture.unreadable");
            }
            if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
                throw new InvalidInput("picture", "signing.picture.too-wide", String.valueOf(MAX_SIDE));
            }
            return image;
        } catch (IOException e) {
            throw new InvalidInput("picture", "signing.picture.unreadable");
        }
    }

    /** Scales the picture to fit the box, keeping its proportions, centred on a transparent background. */
    private static BufferedImage fit(BufferedImage picture, int width, int height) {
        double scale = Math.min((double) width / picture.getWidth(), (double) height / picture.getHeight());
        int w = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        BufferedImage fitted = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = fitted.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(picture, (width - w) / 2, (height - h) / 2, w, h, null);
        g.dispose();
        return whiteToTransparent(fitted);
    }

    /** Scans come on white paper: white becomes transparent so that only the ink lies over the page. */
    private static BufferedImage whiteToTransparent(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y), true);
                int ink = 255 - Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
                int alpha = c.getAlpha() * Math.min(255, ink * 2) / 255;
                image.setRGB(x, y, new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha).getRGB());
            }
        }
        return image;
    }
}
