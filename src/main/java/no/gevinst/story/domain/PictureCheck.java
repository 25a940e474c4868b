package no.gevinst.story.domain;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.story.Stories;

/**
 * Reads an uploaded picture with ImageIO before anything keeps it: a PNG or JPEG of at most {@link
 * Stories#MAX_PICTURE_BYTES}, whose stated size is checked before its pixels are decoded (so that a small file
 * claiming a huge picture is refused unread), then drawn anew as an RGB PNG of at most {@link #MAX_SIDE} pixels a side.
 * What is kept holds none of the upload's metadata (a phone's position, say), and prints the same in every document.
 */
final class PictureCheck {

    static final int MAX_SIDE = 1600;
    private static final int MAX_STATED_SIDE = 12_000;
    private static final Set<String> FORMATS = Set.of("png", "jpeg");
    private static final String FIELD = "picture";

    private PictureCheck() {}

    /** The picture as it is kept; an InvalidInputException naming {@code picture} when it is not one we take. */
    static byte[] checked(byte[] upload) {
        if (upload.length > Stories.MAX_PICTURE_BYTES) {
            throw InvalidInputException.of(FIELD, "story.picture.tooLarge", Stories.MAX_PICTURE_BYTES / (1024 * 1024));
        }
        try {
            return png(scaled(read(upload)));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw InvalidInputException.of(FIELD, "story.picture.unreadable");
        }
    }

    private static BufferedImage read(byte[] upload) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw InvalidInputException.of(FIELD, "story.picture.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    throw InvalidInputException.of(FIELD, "story.picture.unreadable");
                }
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_STATED_SIDE || reader.getHeight(0) > MAX_STATED_SIDE) {
                    throw InvalidInputException.of(
                            FIELD, "story.picture.tooLarge", Stories.MAX_PICTURE_BYTES / (1024 * 1024));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
