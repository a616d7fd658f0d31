package org.lfpl.artefact.storage;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import java.io.InputStream;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

/**
 * Artefact files and their previews in MongoDB GridFS, read and written as streams of 255 KiB
 * chunks: no file is ever whole in memory. Files are stored under names this service makes
 * ({@code <artefactId>/v<n>}); what the uploader called the file is metadata only.
 */
@Component
public class FileStore {

    private final MongoDatabaseFactory databases;

    public FileStore(MongoDatabaseFactory databases) {
        this.databases = databases;
    }

    private MongoDatabase database() {
        return databases.getMongoDatabase();
    }

    private GridFSBucket files() {
        return GridFSBuckets.create(database(), "artefactFiles");
    }

    private GridFSBucket previews() {
        return GridFSBuckets.create(database(), "artefactPreviews");
    }

    /** A stream to write a new file into; close it to keep the file, {@code abort()} to discard it. */
    public GridFSUploadStream create(String storageName, String artefactId) {
        return files().openUploadStream(storageName, new GridFSUploadOptions()
                .metadata(new Document("artefactId", artefactId)));
    }

    /**
     * Reads a file chunk by chunk, fetching {@value #CHUNKS_PER_BATCH} chunks (2 MiB) per round trip:
     * without a batch size the server may answer with one reply of up to 16 MiB (MongoDB) or the
     * whole file (the wire server), which would hold that much in memory per download.
     */
    public InputStream open(String fileId) {
        return files().openDownloadStream(new ObjectId(fileId)).batchSize(CHUNKS_PER_BATCH);
    }

    static final int CHUNKS_PER_BATCH = 8;

    /** Deletes a file and any preview made of it; a file already gone is fine (erasure may run twice). */
    public void delete(String fileId, String sha256) {
        GridFSBucket files = files();
        GridFSFile file = files.find(Filters.eq("_id", new ObjectId(fileId))).first();
        if (file != null) {
            files.delete(file.getObjectId());
        }
        GridFSBucket previews = previews();
        for (GridFSFile preview : previews.find(Filters.eq("metadata.sha256", sha256))) {
            previews.delete(preview.getObjectId());
        }
    }

    /** The cached preview of a file's content, if one was made. */
    public Optional<GridFSFile> preview(String name) {
        return Optional.ofNullable(previews().find(Filters.eq("filename", name)).first());
    }

    public InputStream openPreview(GridFSFile preview) {
        return previews().openDownloadStream(preview.getObjectId()).batchSize(CHUNKS_PER_BATCH);
    }

    public void storePreview(String name, String sha256, byte[] png) {
        try (GridFSUploadStream out = previews().openUploadStream(name,
                new GridFSUploadOptions().metadata(new Document("sha256", sha256)))) {
            out.write(png);
        }
    }
}
