package org.appregistry.apps;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Real PNG and JPEG bytes of a given size. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] png(int width, int height) {
        return write("png", width, height);
    }

    public static byte[] jpeg(int width, int height) {
        return write("jpg", width, height);
    }

    private static byte[] write(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
