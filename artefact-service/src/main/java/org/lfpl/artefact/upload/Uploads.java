package org.lfpl.artefact.upload;

import com.mongodb.client.gridfs.GridFSUploadStream;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.lfpl.artefact.library.Artefact;
import org.lfpl.artefact.library.ArtefactVersion;
import org.lfpl.artefact.library.Library;
import org.lfpl.artefact.storage.FileStore;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/**
 * Takes an upload from the request body straight into GridFS, checking it on the way: the name,
 * the type from the first bytes, the size as it streams (never trusting Content-Length alone),
 * active content, then for containers and images a read-back of what was stored. A refused file is
 * deleted before the answer goes out; only a file that passed becomes a version of the artefact.
 */
@Service
public class Uploads {

    private final Library library;
    private final FileStore files;
    private final long maxBytes;
    private final MeterRegistry meters;

    Uploads(Library library, FileStore files, @Value("${lfpl.artefacts.max-file-size:50MB}") DataSize maxFileSize,
            MeterRegistry meters) {
        this.library = library;
        this.files = files;
        this.maxBytes = maxFileSize.toBytes();
        this.meters = meters;
    }

    /** The result: the new version, or the owner's artefact that already holds these bytes. */
    public record Outcome(Artefact artefact, ArtefactVersion version) {}

    public Outcome upload(String artefactId, Caller caller, String fileName, long declaredLength, InputStream body) {
        Artefact artefact = library.uploadable(artefactId, caller);
        String name = FileNames.checked(fileName);
        String extension = FileNames.extensionOf(name);
        AllowedTypes.Allowed allowed = TypeCheck.allowedFor(extension);
        if (declaredLength > maxBytes) {
            throw tooLarge();
        }
        try {
            byte[] head = new byte[TypeCheck.HEAD_BYTES];
            int headLength = body.readNBytes(head, 0, head.length);
            if (headLength == 0) {
                throw Problems.of(HttpStatus.BAD_REQUEST, "empty-file", "The file is empty.");
            }
            TypeCheck.requireAgreement(allowed, extension, head, headLength);
            Stored stored = store(artefact.id(), artefact.versions().size() + 1, allowed, head, headLength, body);
            try {
                inspectStored(stored, allowed);
                Optional<Artefact> holder = library.holding(caller.id(), artefact.symposiumId(), stored.sha256());
                if (holder.isPresent()) {
                    ProblemDetail problem = Problems.detail(HttpStatus.CONFLICT, "duplicate-upload",
                            "You already shared exactly this file in this symposium.");
                    problem.setProperty("artefactId", holder.get().id());
                    throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
                }
                ArtefactVersion version = library.addVersion(artefact.id(), stored.fileId(), name, allowed.mediaType(),
                        allowed.category().name(), stored.size(), stored.sha256());
                meters.counter("lfpl.artefacts.uploaded", "category", allowed.category().name()).increment();
                meters.summary("lfpl.artefacts.upload.bytes").record(stored.size());
                return new Outcome(library.visible(artefact.id(), caller), version);
            } catch (RuntimeException refused) {
                files.delete(stored.fileId(), stored.sha256());
                throw refused;
            }
        } catch (IOException e) {
            throw Problems.of(HttpStatus.BAD_REQUEST, "upload-interrupted", "The upload did not arrive completely.");
        } catch (ErrorResponseException refused) {
            meters.counter("lfpl.artefacts.refused", "problem", String.valueOf(refused.getBody().getType())).increment();
            throw refused;
        }
    }

    private record Stored(String fileId, long size, String sha256) {}

    /** Streams head + rest of the body into GridFS, 64 KiB at a time, checking size and content as it goes. */
    private Stored store(String artefactId, int versionNumber, AllowedTypes.Allowed allowed, byte[] head, int headLength,
            InputStream rest) throws IOException {
        MessageDigest sha256 = sha256();
        ActiveContentScan scan = ActiveContentScan.forType(allowed);
        GridFSUploadStream out = files.create(artefactId + "/v" + versionNumber, artefactId);
        long size = 0;
        try {
            byte[] buffer = head;
            int length = headLength;
            while (length > 0) {
                size += length;
                if (size > maxBytes) {
                    throw tooLarge();
                }
                sha256.update(buffer, 0, length);
                if (scan != null) {
                    scan.update(buffer, 0, length);
                    if (scan.found() != null) {
                        throw Problems.ruleBroken("active-content", "The file carries active content ('" + scan.found()
                                + "') that a browser or reader could run; it is refused.");
                    }
                }
                out.write(buffer, 0, length);
                if (buffer == head) {
                    buffer = new byte[64 * 1024];
                }
                length = rest.read(buffer);
            }
            out.close();
        } catch (IOException | RuntimeException e) {
            out.abort();
            throw e;
        }
        return new Stored(out.getObjectId().toHexString(), size, HexFormat.of().formatHex(sha256.digest()));
    }

    private void inspectStored(Stored stored, AllowedTypes.Allowed allowed) throws IOException {
        if (allowed.isContainer()) {
            try (InputStream in = files.open(stored.fileId())) {
                ContainerCheck.inspect(in, stored.size(), allowed);
            }
        } else if (allowed.isImage()) {
            try (InputStream in = files.open(stored.fileId())) {
                ImageCheck.inspect(in, allowed.mediaType());
            }
        }
    }

    private ErrorResponseException tooLarge() {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                "The file is larger than " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB, the most one upload may be.");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
