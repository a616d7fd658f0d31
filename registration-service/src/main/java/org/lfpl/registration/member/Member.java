package org.lfpl.registration.member;

import java.time.Instant;
import org.lfpl.events.backbone.outbox.AggregateRoot;
import org.lfpl.registration.events.MemberUpdated;
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
    private String organisation;
    private String country;
    private String bio;
    private String preferredLanguage = "en";
    private String timeZone = "UTC";
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
        organisation = blankToNull(profile.organisation());
        country = blankToNull(profile.country());
        bio = blankToNull(profile.bio());
        preferredLanguage = profile.preferredLanguage() == null ? "en" : profile.preferredLanguage();
        timeZone = profile.timeZone() == null ? "UTC" : profile.timeZone();
        listedInDirectory = profile.listedInDirectory();
        nameSharedWithPartners = profile.nameSharedWithPartners();
        updatedAt = now;
        record(new MemberUpdated(id, displayName, email, preferredLanguage, timeZone, listedInDirectory,
                nameSharedWithPartners));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    MemberView view() {
        return new MemberView(id, username, displayName, email, organisation, country, bio, preferredLanguage,
                timeZone, listedInDirectory, nameSharedWithPartners, updatedAt);
    }

    String id() {
        return id;
    }
}
