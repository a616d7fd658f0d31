package org.lfpl.artefact.library;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lfpl.artefact.dialogues.DialogueClosed;
import org.lfpl.artefact.dialogues.KnownDialogue;
import org.lfpl.artefact.dialogues.KnownDialogues;
import org.lfpl.artefact.eligibility.Eligibility;
import org.lfpl.artefact.eligibility.MemberForgotten;
import org.lfpl.artefact.storage.FileStore;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** The artefact library: describing, sharing, linking, withdrawing and finding artefacts. */
@Service
public class Library {

    private final ArtefactRepository artefacts;
    private final MongoTemplate mongo;
    private final ArtefactAccess access;
    private final Eligibility eligibility;
    private final KnownDialogues dialogues;
    private final FileStore files;
    private final Clock clock;

    Library(ArtefactRepository artefacts, MongoTemplate mongo, ArtefactAccess access, Eligibility eligibility,
            KnownDialogues dialogues, FileStore files, Clock clock) {
        this.artefacts = artefacts;
        this.mongo = mongo;
        this.access = access;
        this.eligibility = eligibility;
        this.dialogues = dialogues;
        this.files = files;
        this.clock = clock;
    }

    /** A confirmed participant (or an organiser) describes an artefact of the symposium. */
    public Artefact describe(Caller caller, NewArtefact request) {
        if (!caller.isOrganiser() && !eligibility.isConfirmed(request.symposiumId(), caller.id())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "not-a-participant",
                    "Only confirmed participants of the symposium bring artefacts to it.");
        }
        requireSound(request.symposiumId(), request.details());
        String url = null;
        if (request.kind() == ArtefactKind.LINK) {
            url = LinkAddress.checked(request.url());
        } else if (request.url() != null) {
            throw Problems.invalid("url", "must be empty for a file; upload the file to the artefact once described");
        }
        Artefact artefact = Artefact.describe(request.symposiumId(), caller.id(), request.kind(), url, request.details(),
                clock.instant());
        for (String dialogueId : request.dialogueIds() == null ? List.<String>of() : request.dialogueIds()) {
            artefact.link(requireLinkable(artefact, dialogueId).dialogueId(), clock.instant());
        }
        return artefacts.save(artefact);
    }

    /** The artefact, if the caller may see it; otherwise it does not exist for them (404). */
    public Artefact visible(String id, Caller caller) {
        return artefacts.findById(id).filter(a -> access.maySee(a, caller))
                .orElseThrow(() -> Problems.notFound("Artefact " + id));
    }

    /** The artefact, if the caller may change it: its owner, or an organiser. */
    public Artefact changeable(String id, Caller caller) {
        Artefact artefact = visible(id, caller);
        if (!caller.isOrganiser() && !artefact.isOwnedBy(caller.id())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "not-the-owner", "Only the artefact's owner or an organiser may change it.");
        }
        return artefact;
    }

    public Artefact change(String id, Caller caller, ArtefactChange change, Long expectedVersion) {
        Artefact artefact = changeable(id, caller);
        requireVersion(artefact, expectedVersion);
        if (artefact.status() == ArtefactStatus.WITHDRAWN || artefact.status() == ArtefactStatus.TAKEN_DOWN) {
            throw Problems.conflict("wrong-state", "A " + artefact.status() + " artefact cannot be changed.");
        }
        requireSound(artefact.symposiumId(), change.details());
        if (artefact.kind() == ArtefactKind.LINK) {
            artefact.relink(LinkAddress.checked(change.url()), clock.instant());
        } else if (change.url() != null) {
            throw Problems.invalid("url", "must be empty for a file");
        }
        artefact.details(change.details(), clock.instant());
        return artefacts.save(artefact);
    }

    public Artefact withdraw(String id, Caller caller) {
        Artefact artefact = visible(id, caller);
        if (!artefact.isOwnedBy(caller.id())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "not-the-owner", "Only the owner withdraws an artefact; organisers take it down.");
        }
        artefact.withdraw(clock.instant());
        return artefacts.save(artefact);
    }

    public Artefact takeDown(String id, Caller caller, String reason) {
        if (reason == null || reason.isBlank()) {
            throw Problems.invalid("reason", "is required: the owner is told why");
        }
        Artefact artefact = visible(id, caller);
        artefact.takeDown(reason.strip(), clock.instant());
        return artefacts.save(artefact);
    }

    public Artefact link(String id, String dialogueId, Caller caller) {
        Artefact artefact = changeable(id, caller);
        artefact.link(requireLinkable(artefact, dialogueId).dialogueId(), clock.instant());
        return artefacts.save(artefact);
    }

    public Artefact unlink(String id, String dialogueId, Caller caller) {
        Artefact artefact = changeable(id, caller);
        artefact.unlink(dialogueId, clock.instant());
        return artefacts.save(artefact);
    }

    /** The owner's artefact that a new file version may be uploaded to. */
    public Artefact uploadable(String id, Caller caller) {
        Artefact artefact = visible(id, caller);
        if (!artefact.isOwnedBy(caller.id())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "not-the-owner", "Only the artefact's owner uploads its files.");
        }
        if (artefact.kind() != ArtefactKind.FILE) {
            throw Problems.ruleBroken("not-a-file", "A link artefact has no file; change its url instead.");
        }
        if (artefact.status() == ArtefactStatus.WITHDRAWN || artefact.status() == ArtefactStatus.TAKEN_DOWN) {
            throw Problems.conflict("wrong-state", "A " + artefact.status() + " artefact cannot be changed.");
        }
        return artefact;
    }

    /** An artefact of the owner in the symposium that already holds exactly these bytes. */
    public Optional<Artefact> holding(String ownerId, String symposiumId, String sha256) {
        return artefacts.findByOwnerIdAndSymposiumIdAndSha256s(ownerId, symposiumId, sha256).stream().findFirst();
    }

    /** Records a stored file as the artefact's next version; retried when an edit saved in between. */
    public ArtefactVersion addVersion(String id, String fileId, String fileName, String mediaType, String category,
            long size, String sha256) {
        for (int attempt = 1; ; attempt++) {
            Artefact artefact = artefacts.findById(id).orElseThrow(() -> Problems.notFound("Artefact " + id));
            ArtefactVersion version = artefact.addVersion(fileId, fileName, mediaType, category, size, sha256, clock.instant());
            try {
                artefacts.save(artefact);
                return version;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    public List<Artefact> search(Caller caller, LibraryQuery query) {
        List<Criteria> all = new ArrayList<>();
        all.add(access.visibleTo(caller));
        if (query.status() != null) {
            all.add(Criteria.where("status").is(query.status()));
        } else if (!"me".equals(query.owner()) && !caller.id().equals(query.owner())) {
            all.add(Criteria.where("status").is(ArtefactStatus.AVAILABLE));
        }
        if (query.symposiumId() != null) {
            all.add(Criteria.where("symposiumId").is(query.symposiumId()));
        }
        if (query.strand() != null) {
            all.add(Criteria.where("details.strandIds").is(query.strand()));
        }
        if (query.principle() != null) {
            all.add(Criteria.where("details.principles").is(query.principle()));
        }
        if (query.category() != null) {
            all.add(Criteria.where("category").is(query.category()));
        }
        if (query.owner() != null) {
            all.add(Criteria.where("ownerId").is("me".equals(query.owner()) ? caller.id() : query.owner()));
        }
        if (query.dialogueId() != null) {
            all.add(Criteria.where("dialogueIds").is(query.dialogueId()));
        }
        for (String word : words(query.q())) {
            all.add(Criteria.where("searchText").regex(Pattern.quote(word)));
        }
        Query mongoQuery = Query.query(new Criteria().andOperator(all))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")))
                .skip((long) query.page() * query.size()).limit(query.size());
        return mongo.find(mongoQuery, Artefact.class);
    }

    /** Up to eight folded words of a search; regex characters in them match literally. */
    private static List<String> words(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return List.of(Artefact.fold(q).split(" ")).stream().filter(w -> !w.isBlank()).distinct().limit(8).toList();
    }

    /** Confirmed participants of the symposium who have not brought an available artefact yet. */
    public List<Eligibility.ConfirmedParticipant> withoutArtefact(String symposiumId) {
        requirePublished(symposiumId);
        Set<String> owners = artefacts.findBySymposiumIdAndStatus(symposiumId, ArtefactStatus.AVAILABLE).stream()
                .map(Artefact::ownerId).collect(Collectors.toSet());
        return eligibility.confirmedIn(symposiumId).stream().filter(p -> !owners.contains(p.memberId())).toList();
    }

    /** A symposium never published (unknown here) is a 404, not an empty list or an empty archive. */
    private void requirePublished(String symposiumId) {
        if (eligibility.strandsOf(symposiumId).isEmpty()) {
            throw Problems.notFound("The symposium");
        }
    }

    /** The symposium's available artefacts, oldest first: what goes into the proceedings archive. */
    public List<Artefact> availableIn(String symposiumId) {
        requirePublished(symposiumId);
        return mongo.find(Query.query(Criteria.where("symposiumId").is(symposiumId).and("status").is(ArtefactStatus.AVAILABLE))
                .with(Sort.by("createdAt", "_id")), Artefact.class);
    }

    /** member.erased: every artefact of the member is withdrawn and emptied, and its files deleted. */
    @EventListener
    void erase(MemberForgotten forgotten) {
        for (Artefact artefact : artefacts.findByOwnerId(forgotten.memberId())) {
            List<ArtefactVersion> versions = artefact.versions();
            saveRetrying(artefact.id(), a -> a.erase(clock.instant()));
            versions.forEach(v -> files.delete(v.fileId(), v.sha256()));
        }
    }

    /** A dialogue was declined or cancelled: links to it stay, flagged, so owners can relink. */
    @EventListener
    void flag(DialogueClosed closed) {
        String reason = "DIALOGUE_" + closed.status();
        for (Artefact artefact : artefacts.findByDialogueIds(closed.dialogueId())) {
            if (artefact.flagDialogue(closed.dialogueId(), reason)) {
                saveRetrying(artefact.id(), a -> a.flagDialogue(closed.dialogueId(), reason));
            }
        }
    }

    private void saveRetrying(String id, Consumer<Artefact> change) {
        for (int attempt = 1; ; attempt++) {
            Optional<Artefact> current = artefacts.findById(id);
            if (current.isEmpty()) {
                return;
            }
            change.accept(current.get());
            try {
                artefacts.save(current.get());
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private KnownDialogue requireLinkable(Artefact artefact, String dialogueId) {
        KnownDialogue dialogue = dialogues.find(dialogueId).filter(d -> d.symposiumId().equals(artefact.symposiumId()))
                .orElseThrow(() -> Problems.invalid("dialogueId", "is not a dialogue of this symposium"));
        if (!dialogue.takesPlace()) {
            throw Problems.ruleBroken("dialogue-closed", "That dialogue was " + dialogue.status().toLowerCase()
                    + "; link the artefact to one that takes place.");
        }
        return dialogue;
    }

    private void requireSound(String symposiumId, ArtefactDetails details) {
        details.requireSafeToShare();
        List<String> strands = eligibility.strandsOf(symposiumId).orElseThrow(() -> Problems.ruleBroken(
                "unknown-symposium", "Symposium " + symposiumId + " is not published."));
        for (String strand : details.strandIds()) {
            if (!strands.contains(strand)) {
                throw Problems.invalid("details.strandIds", "'" + strand + "' is not a strand of this symposium");
            }
        }
    }

    private static void requireVersion(Artefact artefact, Long expected) {
        if (expected != null && !expected.equals(artefact.version() == null ? 0L : artefact.version())) {
            throw Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-update",
                    "The artefact changed since you read it; reload and apply your edit again.");
        }
    }
}
