package org.lfpl.artefact.upload;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.lfpl.artefact.library.ArtefactView;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.lfpl.servicedefaults.web.VersionTags;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Uploads a file as the next version of an artefact. The request body is the file itself (any
 * Content-Type; it is not trusted), streamed through to storage: no multipart parsing, no buffering
 * at the gateway or here. The name comes from {@code ?fileName=} or a Content-Disposition header.
 */
@RestController
class UploadController {

    private final Uploads uploads;

    UploadController(Uploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping("/api/v1/artefacts/{id}/versions")
    @PreAuthorize("hasRole('member')")
    ResponseEntity<ArtefactView> upload(Caller caller, @PathVariable String id,
            @RequestParam(required = false) String fileName,
            @RequestHeader(name = HttpHeaders.CONTENT_DISPOSITION, required = false) String contentDisposition,
            HttpServletRequest request) throws IOException {
        String name = fileName != null ? fileName : nameIn(contentDisposition);
        Uploads.Outcome outcome = uploads.upload(id, caller, name, request.getContentLengthLong(), request.getInputStream());
        return ResponseEntity.created(URI.create("/api/v1/artefacts/" + id + "/versions/" + outcome.version().number() + "/file"))
                .eTag(VersionTags.etag(outcome.artefact().version())).body(ArtefactView.of(outcome.artefact()));
    }

    private static String nameIn(String header) {
        if (header == null) {
            return null;
        }
        try {
            return ContentDisposition.parse(header).getFilename();
        } catch (IllegalArgumentException e) {
            throw Problems.of(HttpStatus.BAD_REQUEST, "invalid-file-name", "The Content-Disposition header cannot be read.");
        }
    }
}
