package org.lfpl.artefact.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.http.HttpStatus;

/**
 * What a file is, decided by its content (Apache Tika's magic-byte detection on the first bytes),
 * never by the name or the client's Content-Type. The extension must agree: the type it stands for
 * must be the detected type or a more specific kind of it (a .docx is a particular Office Open XML
 * zip, a .csv a particular plain text). Anything else is a disguised file.
 */
final class TypeCheck {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    /** How many leading bytes detection needs (the furthest magic offset Tika knows). */
    static final int HEAD_BYTES = Math.max(64 * 1024, TYPES.getMinLength());

    private TypeCheck() {}

    /** The extension's entry in the allow-list, or a 415 naming what is allowed. */
    static AllowedTypes.Allowed allowedFor(String extension) {
        return AllowedTypes.forExtension(extension).orElseThrow(() -> Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "type-not-allowed", "Files ending in ." + extension + " cannot be shared here. Allowed: "
                        + String.join(", ", AllowedTypes.extensions()) + "."));
    }

    /** Refuses content whose detected type the extension does not agree with. */
    static void requireAgreement(AllowedTypes.Allowed allowed, String extension, byte[] head, int length) {
        MediaType detected = detect(head, length);
        MediaType claimed = REGISTRY.normalize(MediaType.parse(allowed.mediaType()));
        boolean agrees = !detected.equals(MediaType.OCTET_STREAM)
                && (detected.equals(claimed) || REGISTRY.isSpecializationOf(claimed, detected));
        if (!agrees) {
            throw Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "type-mismatch", "The content is " + detected
                    + ", not what a ." + extension + " file must be (" + allowed.mediaType() + ").");
        }
    }

    static MediaType detect(byte[] head, int length) {
        try {
            return REGISTRY.normalize(TYPES.detect(new ByteArrayInputStream(head, 0, length), new Metadata()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
