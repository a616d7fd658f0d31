package org.lfpl.registration.member;

import java.time.Instant;
import java.util.List;
import org.lfpl.events.backbone.outbox.AggregateRoot;
import org.lfpl.registration.events.MemberErased;
import org.lfpl.registration.events.MemberUpdated;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person in the network. Their id is their Keycloak subject, so every service names them the
 * same way without asking this one.
 */
@Document("members")
public class Member extends AggregateRoot {

    @Id
    private String id;
    private String username;
    private String email;
    private String displayName;
    private MemberCategory category;
    private String organisation;
    private OrganisationType organisationType;
    private String country;
    private String bio;
    private String preferredLanguage = "en";
    private String timeZone = "UTC";
    private List<String> interests = List.of();
    private boolean erased;
    private boolean listedInDirectory;
    private boolean nameSharedWithPartners;
    private Instant createdAt;
    private Instant updatedAt;

    protected Member() {}

    /** A member as first seen in a token, before they completed their profile. */
    static Member firstSeen(Caller caller) {
        Member member = new Member();
        member.id = caller.id();
        member.username = caller.username();
        member.email = caller.email();
        member.displayName = caller.displayName();
        return member;
    }

    /** The member changes their profile; consent flags are theirs alone to set. */
    void update(MemberProfileUpdate profile, Caller caller) {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        username = caller.username();
        email = caller.email(); // the identity provider owns the address
        displayName = profile.displayName().strip();
        if (erased) {
            throw Problems.notFound("The member");
        }
        category = profile.category();
        organisation = blankToNull(profile.organisation());
        organisationType = profile.organisationType();
        interests = profile.interests() == null ? List.of() : profile.interests().stream().map(String::strip).distinct().toList();
        country = blankToNull(profile.country());
        bio = blankToNull(profile.bio());
        preferredLanguage = profile.preferredLanguage() == null ? "en" : profile.preferredLanguage();
        timeZone = profile.timeZone() == null ? "UTC" : profile.timeZone();
        listedInDirectory = profile.listed();
        nameSharedWithPartners = profile.nameShared();
        updatedAt = now;
        record(new MemberUpdated(id, displayName, email, preferredLanguage, timeZone, listedInDirectory,
                nameSharedWithPartners));
    }

    /**
     * Right to erasure: personal data is removed here, the id stays (as a tombstone, so the member's
     * token cannot silently recreate a profile others were told is gone), and every other service is
     * told to do the same.
     */
    void erase(Instant now) {
        if (erased) {
            return;
        }
        erased = true;
        username = null;
        email = null;
        displayName = "Former member";
        category = null;
        organisation = null;
        organisationType = null;
        country = null;
        bio = null;
        interests = List.of();
        listedInDirectory = false;
        nameSharedWithPartners = false;
        updatedAt = now;
        record(new MemberErased(id));
    }

    boolean isErased() {
        return erased;
    }

    boolean isListedInDirectory() {
        return listedInDirectory && !erased;
    }

    String displayName() {
        return displayName;
    }

    String organisation() {
        return organisation;
    }

    String country() {
        return country;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    MemberView view() {
        return new MemberView(id, username, displayName, email, category, organisation, organisationType, country,
                bio, preferredLanguage, timeZone, interests, listedInDirectory, nameSharedWithPartners, updatedAt, List.of());
    }

    String id() {
        return id;
    }
}
