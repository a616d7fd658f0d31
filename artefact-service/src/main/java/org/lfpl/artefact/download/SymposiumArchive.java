package org.lfpl.artefact.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lfpl.artefact.library.Artefact;
import org.lfpl.artefact.library.ArtefactKind;
import org.lfpl.artefact.library.ArtefactVersion;
import org.lfpl.artefact.library.Library;
import org.lfpl.artefact.storage.FileStore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Organisers download every available artefact of a symposium as one zip for the proceedings,
 * written straight to the response as each file streams out of GridFS: nothing is assembled in
 * memory or on disk. {@code index.csv} lists every artefact (links included) with its licence.
 */
@RestController
class SymposiumArchive {

    private final Library library;
    private final FileStore files;

    SymposiumArchive(Library library, FileStore files) {
        this.library = library;
        this.files = files;
    }

    @GetMapping("/api/v1/artefacts/symposia/{symposiumId}/archive")
    @PreAuthorize("hasRole('organiser')")
    ResponseEntity<StreamingResponseBody> archive(@PathVariable String symposiumId) {
        List<Artefact> artefacts = library.availableIn(symposiumId);
        StreamingResponseBody body = out -> write(artefacts, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("artefacts-" + symposiumId.replaceAll("[^A-Za-z0-9-]", "") + ".zip").build().toString())
                .body(body);
    }

    private void write(List<Artefact> artefacts, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED); // most artefacts are compressed already; do not spend the CPU twice
        StringBuilder index = new StringBuilder("number,artefact_id,title,kind,file,url,licence,strands,principles,owner_id\r\n");
        Set<String> used = new HashSet<>();
        int number = 0;
        byte[] buffer = new byte[64 * 1024];
        for (Artefact artefact : artefacts) {
            number++;
            String entry = "";
            if (artefact.kind() == ArtefactKind.FILE && artefact.currentVersion().isPresent()) {
                ArtefactVersion version = artefact.currentVersion().get();
                entry = unique(String.format("%03d-%s", number, version.fileName()), used);
                zip.putNextEntry(new ZipEntry(entry));
                try (InputStream in = files.open(version.fileId())) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        zip.write(buffer, 0, n);
                    }
                }
                zip.closeEntry();
            }
            index.append(String.join(",", String.valueOf(number), csv(artefact.id()), csv(artefact.details().title()),
                    artefact.kind().name(), csv(entry), csv(artefact.url()), csv(artefact.details().licence()),
                    csv(String.join(" ", artefact.details().strandIds())),
                    csv(artefact.details().principles().toString()), csv(artefact.ownerId()))).append("\r\n");
        }
        zip.putNextEntry(new ZipEntry("index.csv"));
        zip.write(index.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** File names were checked on upload (no paths, no control characters); numbering keeps them apart. */
    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = i + "-" + name;
        }
        return candidate;
    }

    /** A CSV cell; a leading = + - @ is neutralised so spreadsheets do not run it as a formula. */
    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
