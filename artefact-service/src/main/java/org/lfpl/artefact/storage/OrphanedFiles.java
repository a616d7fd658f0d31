package org.lfpl.artefact.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A file is stored before the artefact records it as a version (the two are separate writes). If the
 * service stops in between, the file belongs to no artefact; this sweep deletes such files once they
 * are older than any upload could still be in flight.
 */
@Component
public class OrphanedFiles {

    private static final Logger log = LoggerFactory.getLogger(OrphanedFiles.class);

    private final MongoDatabaseFactory databases;
    private final Clock clock;
    private final Duration graceTime;

    OrphanedFiles(MongoDatabaseFactory databases, Clock clock,
            @Value("${lfpl.artefacts.orphan-grace-time:1h}") Duration graceTime) {
        this.databases = databases;
        this.clock = clock;
        this.graceTime = graceTime;
    }

    /** Deletes stored files no artefact version refers to; returns how many. */
    @Scheduled(fixedDelayString = "${lfpl.artefacts.orphan-sweep-interval:1h}", initialDelayString = "5m")
    public int sweep() {
        var database = databases.getMongoDatabase();
        MongoCollection<Document> files = database.getCollection("artefactFiles.files");
        MongoCollection<Document> artefacts = database.getCollection("artefacts");
        var bucket = GridFSBuckets.create(database, "artefactFiles");
        Date before = Date.from(clock.instant().minus(graceTime));
        int deleted = 0;
        for (Document file : files.find(Filters.lt("uploadDate", before)).projection(Projections.include("_id"))) {
            ObjectId id = file.getObjectId("_id");
            if (artefacts.find(Filters.eq("versions.fileId", id.toHexString())).limit(1).first() == null) {
                bucket.delete(id);
                deleted++;
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} stored files that no artefact refers to", deleted);
        }
        return deleted;
    }
}
