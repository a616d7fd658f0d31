package org.lfpl.artefact.upload;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file participants may share, by extension: what each must be (the content decides,
 * see {@link TypeCheck}), and the category the library filters by. Nothing that runs in a browser
 * or on a desktop (HTML, SVG, scripts, executables, archives) is on the list.
 */
public final class AllowedTypes {

    /** What the library calls a kind of artefact; LINK is the category of links. */
    public enum Category { DOCUMENT, SLIDES, SPREADSHEET, IMAGE, AUDIO, VIDEO, TEXT, LINK }

    /** An allowed extension: the media type its content must have, its category, and whether it is a zip container. */
    public record Allowed(String mediaType, Category category, String containerMainPart) {
        public boolean isContainer() {
            return containerMainPart != null;
        }

        public boolean isImage() {
            return category == Category.IMAGE;
        }
    }

    private static final Map<String, Allowed> BY_EXTENSION = new LinkedHashMap<>();

    static {
        String ooxml = "application/vnd.openxmlformats-officedocument.";
        String odf = "application/vnd.oasis.opendocument.";
        add("pdf", "application/pdf", Category.DOCUMENT, null);
        add("docx", ooxml + "wordprocessingml.document", Category.DOCUMENT, "word/document.xml");
        add("doc", "application/msword", Category.DOCUMENT, null);
        add("odt", odf + "text", Category.DOCUMENT, "content.xml");
        add("rtf", "application/rtf", Category.DOCUMENT, null);
        add("pptx", ooxml + "presentationml.presentation", Category.SLIDES, "ppt/presentation.xml");
        add("ppt", "application/vnd.ms-powerpoint", Category.SLIDES, null);
        add("odp", odf + "presentation", Category.SLIDES, "content.xml");
        add("xlsx", ooxml + "spreadsheetml.sheet", Category.SPREADSHEET, "xl/workbook.xml");
        add("xls", "application/vnd.ms-excel", Category.SPREADSHEET, null);
        add("ods", odf + "spreadsheet", Category.SPREADSHEET, "content.xml");
        add("csv", "text/csv", Category.SPREADSHEET, null);
        add("png", "image/png", Category.IMAGE, null);
        add("jpg", "image/jpeg", Category.IMAGE, null);
        add("jpeg", "image/jpeg", Category.IMAGE, null);
        add("gif", "image/gif", Category.IMAGE, null);
        add("webp", "image/webp", Category.IMAGE, null);
        add("mp3", "audio/mpeg", Category.AUDIO, null);
        add("m4a", "audio/mp4", Category.AUDIO, null);
        add("wav", "audio/vnd.wave", Category.AUDIO, null);
        add("ogg", "audio/vorbis", Category.AUDIO, null); // Tika's name for Ogg Vorbis, the common .ogg
        add("mp4", "video/mp4", Category.VIDEO, null);
        add("webm", "video/webm", Category.VIDEO, null);
        add("mov", "video/quicktime", Category.VIDEO, null);
        add("txt", "text/plain", Category.TEXT, null);
        add("md", "text/x-web-markdown", Category.TEXT, null);
    }

    /** Types a browser may show inline as a preview: still images and PDF (which browsers render sandboxed). */
    private static final Set<String> INLINE_SAFE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf");

    private AllowedTypes() {}

    private static void add(String extension, String mediaType, Category category, String mainPart) {
        BY_EXTENSION.put(extension, new Allowed(mediaType, category, mainPart));
    }

    public static Optional<Allowed> forExtension(String extension) {
        return Optional.ofNullable(BY_EXTENSION.get(extension.toLowerCase(Locale.ROOT)));
    }

    public static Set<String> extensions() {
        return BY_EXTENSION.keySet();
    }

    public static boolean mayShowInline(String mediaType) {
        return INLINE_SAFE.contains(mediaType);
    }
}
