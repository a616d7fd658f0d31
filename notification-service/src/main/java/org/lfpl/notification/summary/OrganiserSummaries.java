package org.lfpl.notification.summary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.lfpl.notification.audience.Audiences;
import org.lfpl.notification.delivery.Dispatcher;
import org.lfpl.notification.delivery.Message;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Organisers' daily summary of new registrations and proposals. Activity is counted per symposium
 * and UTC day as sets of registration and dialogue ids (so a redelivered event, or a submitted
 * registration later confirmed, counts once). notification-service learns who the organisers are
 * when they use its API (their token says so); each gets yesterday's summary at 07:00 in their
 * time zone, once (the notification id names the day).
 */
@Service
public class OrganiserSummaries {

    static final LocalTime SEND_AT = LocalTime.of(7, 0);

    @Document("dailyActivity")
    record DailyActivity(@Id String id, String symposiumId, LocalDate day, List<String> registrations,
            List<String> proposals) {}

    @Document("organisers")
    record Organiser(@Id String memberId, LocalDate lastSummary) {}

    private final MongoTemplate mongo;
    private final Audiences audiences;
    private final Dispatcher dispatcher;
    private final Clock clock;

    OrganiserSummaries(MongoTemplate mongo, Audiences audiences, Dispatcher dispatcher, Clock clock) {
        this.mongo = mongo;
        this.audiences = audiences;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    public void registration(String symposiumId, String registrationId, Instant at) {
        count(symposiumId, at, "registrations", registrationId);
    }

    public void proposal(String symposiumId, String dialogueId, Instant at) {
        count(symposiumId, at, "proposals", dialogueId);
    }

    private void count(String symposiumId, Instant at, String field, String id) {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
        mongo.upsert(Query.query(Criteria.where("_id").is(symposiumId + "|" + day)),
                new Update().setOnInsert("symposiumId", symposiumId).setOnInsert("day", day).addToSet(field, id),
                DailyActivity.class);
    }

    /** An organiser used the API: from tomorrow morning on they get the daily summary. */
    public void organiserSeen(String memberId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(memberId)),
                new Update().setOnInsert("lastSummary", localDay(memberId)), Organiser.class);
    }

    /** The day whose summary is due at the member's local time: today from 07:00, else yesterday. */
    private LocalDate localDay(String memberId) {
        ZonedDateTime now = clock.instant().atZone(audiences.zoneOf(memberId));
        return now.toLocalTime().isBefore(SEND_AT) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
    }

    /** Sends each organiser yesterday's summary once it is 07:00 where they are; returns how many were sent. */
    @Scheduled(fixedDelayString = "${lfpl.notifications.summary.poll:5m}")
    public int sendDue() {
        int sent = 0;
        for (Organiser organiser : mongo.findAll(Organiser.class)) {
            LocalDate today = localDay(organiser.memberId());
            if (today.equals(organiser.lastSummary())) {
                continue;
            }
            LocalDate yesterday = today.minusDays(1);
            // Per symposium, the union of the day's id sets (two concurrent first counts may have made two documents).
            Map<String, Set<String>> registered = new TreeMap<>();
            Map<String, Set<String>> proposed = new TreeMap<>();
            for (DailyActivity a : mongo.find(Query.query(Criteria.where("day").is(yesterday)), DailyActivity.class)) {
                registered.computeIfAbsent(a.symposiumId(), k -> new HashSet<>()).addAll(ids(a.registrations()));
                proposed.computeIfAbsent(a.symposiumId(), k -> new HashSet<>()).addAll(ids(a.proposals()));
            }
            int registrations = registered.values().stream().mapToInt(Set::size).sum();
            int proposals = proposed.values().stream().mapToInt(Set::size).sum();
            String perSymposium = registered.keySet().stream().map(symposium -> audiences.symposiumTitle(symposium) + ": "
                    + registered.get(symposium).size() + " registrations, " + proposed.get(symposium).size() + " proposals")
                    .collect(Collectors.joining("; "));
            boolean quiet = registered.isEmpty();
            dispatcher.deliver(new Message("summary|" + yesterday, organiser.memberId(), "summary",
                    "Yesterday: " + registrations + " registrations, " + proposals + " proposals",
                    quiet ? "Nothing new on " + yesterday + "." : yesterday + ": " + perSymposium + ".",
                    "/organise", clock.instant()));
            mongo.updateFirst(Query.query(Criteria.where("_id").is(organiser.memberId())),
                    Update.update("lastSummary", today), Organiser.class);
            sent++;
        }
        return sent;
    }

    private static List<String> ids(List<String> ids) {
        return ids == null ? List.of() : ids;
    }
}
