package org.lfpl.dialogue.calendar;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface CalendarFeedRepository extends MongoRepository<CalendarFeed, String> {

    Optional<CalendarFeed> findByToken(String token);
}
