package org.lfpl.artefact.library;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.lfpl.artefact.events.ArtefactFacts;
import org.lfpl.artefact.events.ArtefactLinked;
import org.lfpl.artefact.events.ArtefactUnlinked;
import org.lfpl.artefact.events.ArtefactUploaded;
import org.lfpl.artefact.events.ArtefactVersionAdded;
import org.lfpl.artefact.events.ArtefactWithdrawn;
import org.lfpl.events.backbone.outbox.AggregateRoot;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An artefact a participant brings to the symposium: a file with its versions, or a link. Its
 * events are stored in the same document write as the change (see {@link AggregateRoot}).
 */
@Document("artefacts")
@CompoundIndex(name = "symposium_status", def = "{'symposiumId': 1, 'status': 1, 'createdAt': -1}")
@CompoundIndex(name = "owner_symposium", def = "{'ownerId': 1, 'symposiumId': 1}")
@CompoundIndex(name = "version_file", def = "{'versions.fileId': 1}") // the orphaned-file sweep asks per file
public class Artefact extends AggregateRoot {

    @Id
    private String id;
    private String symposiumId;
    private String ownerId;
    private ArtefactKind kind;
    /** What the library filters by: DOCUMENT, SLIDES, SPREADSHEET, IMAGE, AUDIO, VIDEO, TEXT or LINK. */
    private String category;
    private ArtefactDetails details;
    private String url;
    private List<ArtefactVersion> versions = new ArrayList<>();
    private List<DialogueLink> dialogues = new ArrayList<>();
    private ArtefactStatus status;
    private String statusReason;
    private Instant createdAt;
    private Instant updatedAt;
    /** Title, description and tags folded to lower case without accents: what word search matches (no $text needed). */
    @Indexed
    private String searchText;
    @Indexed
    private List<String> dialogueIds = new ArrayList<>();
    @Indexed
    private List<String> sha256s = new ArrayList<>();

    Artefact() {}

    static Artefact describe(String symposiumId, String ownerId, ArtefactKind kind, String url, ArtefactDetails details,
            Instant now) {
        Artefact artefact = new Artefact();
        artefact.id = UUID.randomUUID().toString();
        artefact.symposiumId = symposiumId;
        artefact.ownerId = ownerId;
        artefact.kind = kind;
        artefact.url = url;
        artefact.category = kind == ArtefactKind.LINK ? "LINK" : null;
        artefact.createdAt = now;
        artefact.details(details, now);
        if (kind == ArtefactKind.LINK) {
            artefact.status = ArtefactStatus.AVAILABLE;
            artefact.record(new ArtefactUploaded(artefact.facts()));
        } else {
            artefact.status = ArtefactStatus.AWAITING_FILE;
        }
        return artefact;
    }

    void details(ArtefactDetails details, Instant now) {
        this.details = details;
        this.updatedAt = now;
        this.searchText = fold(String.join(" ", details.title(), details.description() == null ? "" : details.description(),
                String.join(" ", details.tags())));
    }

    void relink(String url, Instant now) {
        if (kind != ArtefactKind.LINK) {
            throw Problems.invalid("url", "only a link artefact has a url; upload a new version of a file instead");
        }
        this.url = url;
        this.updatedAt = now;
    }

    /** Adds an uploaded file as the next version; the first one makes the artefact available. */
    ArtefactVersion addVersion(String fileId, String fileName, String mediaType, String category, long size,
            String sha256, Instant now) {
        requireChangeable();
        if (kind != ArtefactKind.FILE) {
            throw Problems.ruleBroken("not-a-file", "A link artefact has no file versions.");
        }
        ArtefactVersion version = new ArtefactVersion(versions.size() + 1, fileId, fileName, mediaType, size, sha256, now);
        versions.add(version);
        sha256s.add(sha256);
        this.category = category;
        updatedAt = now;
        if (status == ArtefactStatus.AWAITING_FILE) {
            status = ArtefactStatus.AVAILABLE;
            record(new ArtefactUploaded(facts()));
        } else {
            record(new ArtefactVersionAdded(facts()));
        }
        return version;
    }

    void link(String dialogueId, Instant now) {
        requireChangeable();
        if (dialogueIds.contains(dialogueId)) {
            return;
        }
        dialogues.add(new DialogueLink(dialogueId, now, null));
        dialogueIds.add(dialogueId);
        updatedAt = now;
        record(new ArtefactLinked(facts(), dialogueId));
    }

    void unlink(String dialogueId, Instant now) {
        if (dialogues.removeIf(link -> link.dialogueId().equals(dialogueId))) {
            dialogueIds.remove(dialogueId);
            updatedAt = now;
            record(new ArtefactUnlinked(facts(), dialogueId));
        }
    }

    /** Marks links to a dialogue that no longer takes place; returns whether anything changed. */
    boolean flagDialogue(String dialogueId, String reason) {
        boolean changed = false;
        for (int i = 0; i < dialogues.size(); i++) {
            DialogueLink link = dialogues.get(i);
            if (link.dialogueId().equals(dialogueId) && !reason.equals(link.flag())) {
                dialogues.set(i, link.flagged(reason));
                changed = true;
            }
        }
        return changed;
    }

    void withdraw(Instant now) {
        if (status == ArtefactStatus.WITHDRAWN) {
            return;
        }
        if (status == ArtefactStatus.TAKEN_DOWN) {
            throw Problems.conflict("wrong-state", "An organiser took this artefact down; it cannot be withdrawn as well.");
        }
        close(ArtefactStatus.WITHDRAWN, null, now, "OWNER");
    }

    void takeDown(String reason, Instant now) {
        if (status == ArtefactStatus.TAKEN_DOWN || status == ArtefactStatus.WITHDRAWN) {
            throw Problems.conflict("wrong-state", "This artefact is already " + status + ".");
        }
        close(ArtefactStatus.TAKEN_DOWN, reason, now, "ORGANISER");
    }

    /**
     * Erasure of the owner's account: the artefact is withdrawn, and what it said about the owner or
     * their learners (title, description, tags, file names, link) is removed. The caller deletes the files.
     */
    void erase(Instant now) {
        boolean wasShared = status == ArtefactStatus.AVAILABLE;
        status = ArtefactStatus.WITHDRAWN;
        statusReason = "The owner's account was erased.";
        ownerId = "erased";
        url = null;
        details = new ArtefactDetails("Withdrawn artefact", null, details.strandIds(), details.principles(), List.of(),
                details.language(), details.licence(), details.visibility(), new Safeguarding(false, null, null));
        searchText = "";
        versions.clear(); // the files themselves are deleted by the caller
        sha256s.clear();
        updatedAt = now;
        if (wasShared) { // a closed artefact was announced as withdrawn when it closed
            record(new ArtefactWithdrawn(facts(), "ERASURE", statusReason));
        }
    }

    private void close(ArtefactStatus closed, String reason, Instant now, String by) {
        boolean wasShared = status == ArtefactStatus.AVAILABLE;
        status = closed;
        statusReason = reason;
        updatedAt = now;
        if (wasShared) {
            record(new ArtefactWithdrawn(facts(), by, reason));
        }
    }

    private void requireChangeable() {
        if (status == ArtefactStatus.WITHDRAWN || status == ArtefactStatus.TAKEN_DOWN) {
            throw Problems.conflict("wrong-state", "A " + status + " artefact cannot be changed.");
        }
    }

    ArtefactFacts facts() {
        Optional<ArtefactVersion> current = currentVersion();
        return new ArtefactFacts(id, symposiumId, ownerId, kind.name(), details.title(), details.strandIds(),
                details.principles(), List.copyOf(dialogueIds), details.visibility().name(), details.licence(),
                current.map(ArtefactVersion::number).orElse(0), current.map(ArtefactVersion::mediaType).orElse(null),
                status.name());
    }

    /** Lower case, accents removed, whitespace collapsed: "Évaluation Formative" matches "evaluation". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    public Optional<ArtefactVersion> currentVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    public Optional<ArtefactVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    public boolean isOwnedBy(String memberId) {
        return ownerId.equals(memberId);
    }

    public String id() { return id; }
    public String symposiumId() { return symposiumId; }
    public String ownerId() { return ownerId; }
    public ArtefactKind kind() { return kind; }
    public String category() { return category; }
    public ArtefactDetails details() { return details; }
    public String url() { return url; }
    public List<ArtefactVersion> versions() { return List.copyOf(versions); }
    public List<DialogueLink> dialogues() { return List.copyOf(dialogues); }
    public ArtefactStatus status() { return status; }
    public String statusReason() { return statusReason; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
