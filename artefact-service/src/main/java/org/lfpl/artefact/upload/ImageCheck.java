package org.lfpl.artefact.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.lfpl.servicedefaults.problem.Problems;

/**
 * Reads an image's header (never its pixels) to refuse decompression bombs: a few kilobytes that
 * claim 100,000 x 100,000 pixels would take gigabytes to decode for a thumbnail. Formats the JDK
 * cannot read (WebP) pass; they get no thumbnail.
 */
final class ImageCheck {

    static final int MAX_SIDE = 20_000;
    static final long MAX_PIXELS = 60_000_000L;

    private ImageCheck() {}

    static void inspect(InputStream stored, String mediaType) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
        if (!readers.hasNext()) {
            return;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(stored)) { // holds only what the header needs
            reader.setInput(input, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                throw Problems.ruleBroken("image-too-large", "The image claims " + width + " x " + height
                        + " pixels; at most " + MAX_SIDE + " a side and " + MAX_PIXELS / 1_000_000 + " megapixels are accepted.");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.springframework.web.ErrorResponseException refusal) {
                throw refusal;
            }
            throw Problems.ruleBroken("corrupt-file", "The image cannot be read: it is damaged or not really a " + mediaType + ".");
        } finally {
            reader.dispose();
        }
    }
}
