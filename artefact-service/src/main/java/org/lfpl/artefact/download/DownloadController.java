package org.lfpl.artefact.download;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.lfpl.artefact.library.Artefact;
import org.lfpl.artefact.library.ArtefactVersion;
import org.lfpl.artefact.library.Library;
import org.lfpl.artefact.storage.FileStore;
import org.lfpl.artefact.upload.AllowedTypes;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads and previews, streamed from GridFS. Every answer names the detected type, forbids
 * sniffing, sandboxes anything a browser might render, and offers the file as an attachment; only
 * images and PDFs may be asked for inline. The ETag is the content's SHA-256, so conditional GETs
 * and Range requests (for audio and video seeking) work as browsers expect.
 */
@RestController
@RequestMapping("/api/v1/artefacts/{id}")
class DownloadController {

    private final Library library;
    private final FileStore files;
    private final Previews previews;

    DownloadController(Library library, FileStore files, Previews previews) {
        this.library = library;
        this.files = files;
        this.previews = previews;
    }

    @GetMapping("/file")
    ResponseEntity<Resource> current(Caller caller, @PathVariable String id,
            @RequestParam(defaultValue = "attachment") String disposition) {
        Artefact artefact = library.visible(id, caller);
        ArtefactVersion version = artefact.currentVersion()
                .orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND, "no-file", "This artefact has no file."));
        return file(version, disposition);
    }

    @GetMapping("/versions/{number}/file")
    ResponseEntity<Resource> version(Caller caller, @PathVariable String id, @PathVariable int number,
            @RequestParam(defaultValue = "attachment") String disposition) {
        Artefact artefact = library.visible(id, caller);
        ArtefactVersion version = artefact.version(number)
                .orElseThrow(() -> Problems.notFound("Version " + number + " of artefact " + id));
        return file(version, disposition);
    }

    @GetMapping("/preview")
    ResponseEntity<byte[]> preview(Caller caller, @PathVariable String id) {
        Artefact artefact = library.visible(id, caller);
        ArtefactVersion version = artefact.currentVersion().filter(v -> Previews.canPreview(v.mediaType()))
                .orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND, "no-preview", "This artefact has no preview."));
        byte[] png = previews.of(version)
                .orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND, "no-preview", "No preview can be made of this file."));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).eTag("\"" + version.sha256() + "-preview\"")
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("preview.png").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(png);
    }

    private ResponseEntity<Resource> file(ArtefactVersion version, String disposition) {
        if (!disposition.equals("attachment") && !disposition.equals("inline")) {
            throw Problems.invalid("disposition", "must be attachment or inline");
        }
        boolean inline = disposition.equals("inline") && AllowedTypes.mayShowInline(version.mediaType());
        ContentDisposition contentDisposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(version.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(version.mediaType()))
                .eTag("\"" + version.sha256() + "\"")
                .lastModified(version.uploadedAt())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                // Even if something slipped through, a browser opening it runs no script and reaches nothing.
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
                .body(new StoredFile(files, version.fileId(), version.size(), version.fileName()));
    }
}
