package org.lfpl.artefact.library;

import java.util.ArrayList;
import java.util.List;
import org.lfpl.artefact.eligibility.Eligibility;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who sees what, decided per artefact: the one place the visibility rules live, used for listing
 * (as a query) and for metadata, previews and downloads (as a check).
 * <ul>
 * <li>organisers see everything; owners see their own, in any state;</li>
 * <li>others see only AVAILABLE artefacts: PUBLIC to anyone (signed in or not, partners included),
 * NETWORK to members, PARTICIPANTS to the symposium's confirmed participants.</li>
 * </ul>
 */
@Component
public class ArtefactAccess {

    private final Eligibility eligibility;

    ArtefactAccess(Eligibility eligibility) {
        this.eligibility = eligibility;
    }

    public boolean maySee(Artefact artefact, Caller caller) {
        if (caller.isOrganiser() || artefact.isOwnedBy(caller.id())) {
            return true;
        }
        if (artefact.status() != ArtefactStatus.AVAILABLE) {
            return false;
        }
        return switch (artefact.details().visibility()) {
            case PUBLIC -> true;
            case NETWORK -> isMember(caller);
            case PARTICIPANTS -> isMember(caller) && eligibility.isConfirmed(artefact.symposiumId(), caller.id());
        };
    }

    /** The same rules as a query, so a page of results never holds something the caller may not see. */
    Criteria visibleTo(Caller caller) {
        if (caller.isOrganiser()) {
            return new Criteria();
        }
        List<Criteria> shared = new ArrayList<>();
        shared.add(Criteria.where("details.visibility").is(Visibility.PUBLIC));
        if (isMember(caller)) {
            shared.add(Criteria.where("details.visibility").is(Visibility.NETWORK));
            List<String> symposia = eligibility.confirmedSymposia(caller.id());
            if (!symposia.isEmpty()) {
                shared.add(Criteria.where("details.visibility").is(Visibility.PARTICIPANTS).and("symposiumId").in(symposia));
            }
        }
        Criteria available = new Criteria().andOperator(Criteria.where("status").is(ArtefactStatus.AVAILABLE),
                new Criteria().orOperator(shared));
        return new Criteria().orOperator(available, Criteria.where("ownerId").is(caller.id()));
    }

    private static boolean isMember(Caller caller) {
        return caller.hasRole(Caller.MEMBER);
    }
}
