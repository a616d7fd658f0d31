package org.lfpl.artefact.download;

import java.io.InputStream;
import org.lfpl.artefact.storage.FileStore;
import org.springframework.core.io.AbstractResource;

/**
 * A version's bytes in GridFS as a Spring {@code Resource} of known length, so Spring MVC answers
 * Range requests (206, multipart/byteranges) itself; GridFS skips to the wanted chunk without
 * reading the ones before it.
 */
final class StoredFile extends AbstractResource {

    private final FileStore files;
    private final String fileId;
    private final long length;
    private final String name;

    StoredFile(FileStore files, String fileId, long length, String name) {
        this.files = files;
        this.fileId = fileId;
        this.length = length;
        this.name = name;
    }

    @Override
    public InputStream getInputStream() {
        return files.open(fileId);
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public String getFilename() {
        return name;
    }

    @Override
    public String getDescription() {
        return "artefact file " + fileId;
    }

    @Override
    public boolean exists() {
        return true;
    }
}
