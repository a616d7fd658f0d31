package org.lfpl.registration.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.lfpl.registration.validation.TimeZoneId;

/** What a member may change in their own profile. */
public record MemberProfileUpdate(
        @NotBlank(message = "is required") @Size(max = 120, message = "is at most 120 characters") String displayName,
        MemberCategory category,
        @Size(max = 200, message = "is at most 200 characters") String organisation,
        OrganisationType organisationType,
        @Pattern(regexp = "[A-Z]{2}", message = "is an ISO 3166-1 alpha-2 code such as GB") String country,
        @Size(max = 2000, message = "is at most 2000 characters") String bio,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "is a language tag such as en or pt-BR")
        String preferredLanguage,
        @TimeZoneId String timeZone,
        @Size(max = 20, message = "has at most 20 interests")
        List<@NotBlank(message = "is not blank") @Size(max = 60, message = "is at most 60 characters") String> interests,
        Boolean listedInDirectory,
        Boolean nameSharedWithPartners) {

    // Consent is given, never assumed: a flag left out means no.
    boolean listed() {
        return Boolean.TRUE.equals(listedInDirectory);
    }

    boolean nameShared() {
        return Boolean.TRUE.equals(nameSharedWithPartners);
    }
}
