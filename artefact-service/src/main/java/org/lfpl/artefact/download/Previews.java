package org.lfpl.artefact.download;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.lfpl.artefact.library.ArtefactVersion;
import org.lfpl.artefact.storage.FileStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Thumbnails (PNG, at most 480 pixels a side) of images and of the first page of PDFs, made once
 * per file content and kept in GridFS: the second request for a preview, by anyone, reads the cache.
 * Images were checked for decompression bombs on upload; a PDF is copied to a temporary file so
 * PDFBox reads it from disk, not from memory.
 */
@Component
class Previews {

    static final int MAX_SIDE = 480;

    private final FileStore files;
    private final MeterRegistry meters;

    Previews(FileStore files, MeterRegistry meters) {
        this.files = files;
        this.meters = meters;
    }

    static boolean canPreview(String mediaType) {
        return mediaType.equals("application/pdf") || mediaType.equals("image/png") || mediaType.equals("image/jpeg")
                || mediaType.equals("image/gif");
    }

    /** The cached thumbnail, made now if this is the first request; empty when none can be made. */
    Optional<byte[]> of(ArtefactVersion version) {
        String name = version.sha256() + "-" + MAX_SIDE + ".png";
        var cached = files.preview(name);
        if (cached.isPresent()) {
            meters.counter("lfpl.artefacts.previews", "source", "cache").increment();
            try (InputStream in = files.openPreview(cached.get())) {
                return Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Optional<byte[]> made = make(version);
        made.ifPresent(png -> files.storePreview(name, version.sha256(), png));
        meters.counter("lfpl.artefacts.previews", "source", made.isPresent() ? "made" : "unavailable").increment();
        return made;
    }

    private Optional<byte[]> make(ArtefactVersion version) {
        try {
            BufferedImage image = version.mediaType().equals("application/pdf") ? firstPage(version) : picture(version);
            return image == null ? Optional.empty() : Optional.of(png(scaled(image)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a file that cannot be rendered simply has no preview
        }
    }

    private BufferedImage picture(ArtefactVersion version) throws IOException {
        try (InputStream in = files.open(version.fileId())) {
            return ImageIO.read(in);
        }
    }

    private BufferedImage firstPage(ArtefactVersion version) throws IOException {
        Path copy = Files.createTempFile("lfpl-preview-", ".pdf");
        try {
            try (InputStream in = files.open(version.fileId())) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(copy.toFile()))) {
                if (pdf.getNumberOfPages() == 0) {
                    return null;
                }
                float width = pdf.getPage(0).getMediaBox().getWidth();
                float height = pdf.getPage(0).getMediaBox().getHeight();
                float scale = MAX_SIDE / Math.max(1f, Math.max(width, height));
                return new PDFRenderer(pdf).renderImage(0, Math.min(scale, 2f), ImageType.RGB);
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumbnail.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return thumbnail;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
