package org.lfpl.registration.registration;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface RegistrationRepository extends MongoRepository<Registration, String> {

    List<Registration> findBySymposiumIdAndStateAndWaitlistNumberGreaterThanOrderByWaitlistNumberAsc(String symposiumId,
            RegistrationState state, long after, Pageable page);

    long countBySymposiumIdAndState(String symposiumId, RegistrationState state);

    long countBySymposiumIdAndStateAndWaitlistNumberLessThan(String symposiumId, RegistrationState state, long number);

    List<Registration> findByStateAndOfferExpiresAtLessThanEqual(RegistrationState state, Instant now);

    List<Registration> findBySymposiumId(String symposiumId);

    List<Registration> findByMemberId(String memberId);

    List<Registration> findBySymposiumIdAndState(String symposiumId, RegistrationState state);
}
