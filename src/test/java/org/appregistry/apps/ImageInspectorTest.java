package org.appregistry.apps;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The type and size of an upload come from its bytes only. */
class ImageInspectorTest {

    /** An image encoded by ImageIO in {@code format} ("png", "jpg", "gif"). */
    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(width / 2, height / 2, 0xff8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("ImageIO can write " + format).isTrue();
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({"png, image/png, 500, 300", "png, image/png, 1920, 1080", "png, image/png, 1, 1",
            "jpg, image/jpeg, 500, 300", "jpg, image/jpeg, 1920, 1080", "jpg, image/jpeg, 1280, 1079"})
    void readsTheTypeAndTheSizeOfAPngOrJpeg(String format, String mediaType, int width, int height)
            throws IOException {
        assertThat(ImageInspector.inspect(image(format, width, height)))
                .contains(new ImageInfo(mediaType, width, height));
    }

    @Test
    void refusesAGif() throws IOException {
        assertThat(ImageInspector.inspect(image("gif", 500, 300))).isEmpty();
    }

    @Test
    void refusesRandomBytes() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertThat(noise[0]).as("the noise must not start like a PNG or JPEG").isNotIn((byte) 0x89, (byte) 0xff);

        assertThat(ImageInspector.inspect(noise)).isEmpty();
    }

    @Test
    void refusesNoBytes() {
        assertThat(ImageInspector.inspect(new byte[0])).isEmpty();
        assertThat(ImageInspector.inspect(null)).isEmpty();
    }

    @Test
    void refusesATruncatedPng() throws IOException {
        byte[] truncated = Arrays.copyOf(image("png", 500, 300), 20);

        assertThat(ImageInspector.inspect(truncated)).isEmpty();
    }

    @Test
    void refusesATruncatedJpeg() throws IOException {
        byte[] truncated = Arrays.copyOf(image("jpg", 500, 300), 20);

        assertThat(ImageInspector.inspect(truncated)).isEmpty();
    }

    @Test
    void refusesTheSignatureOfAPngFollowedByText() {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        byte[] fake = Arrays.copyOf(signature, 64);
        byte[] text = "this is not an image header at all........".getBytes(UTF_8);
        System.arraycopy(text, 0, fake, signature.length, text.length);

        assertThat(ImageInspector.inspect(fake)).isEmpty();
    }

    @Test
    void refusesTextWhateverTheFileIsCalled() {
        // what a browser would upload for "screenshot.png" that is really a text file
        byte[] screenshotDotPng = "PNG\nThis file is called screenshot.png but holds text.\n".getBytes(UTF_8);

        assertThat(ImageInspector.inspect(screenshotDotPng)).isEmpty();
    }
}
