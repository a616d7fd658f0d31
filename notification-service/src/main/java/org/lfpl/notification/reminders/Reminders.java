package org.lfpl.notification.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.lfpl.notification.audience.DialogueAudience;
import org.lfpl.notification.audience.Audiences;
import org.lfpl.notification.delivery.Dispatcher;
import org.lfpl.notification.delivery.Message;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminders 24 hours and 1 hour before each dialogue, to its hosts and everyone who joined, with
 * the time in each member's own zone. A reminder is tied to the start it announced: a moved
 * dialogue is reminded of again for its new time, a cancelled one (no start any more) not at all;
 * the notification id (event, member) keeps each reminder to one per member.
 */
@Component
class Reminders {

    enum Lead {
        DAY(Duration.ofHours(24), "remindedDay", "Tomorrow: "),
        HOUR(Duration.ofHours(1), "remindedHour", "In an hour: ");

        final Duration before;
        final String field;
        final String prefix;

        Lead(Duration before, String field, String prefix) {
            this.before = before;
            this.field = field;
            this.prefix = prefix;
        }
    }

    private final MongoTemplate mongo;
    private final Audiences audiences;
    private final Dispatcher dispatcher;
    private final Clock clock;

    Reminders(MongoTemplate mongo, Audiences audiences, Dispatcher dispatcher, Clock clock) {
        this.mongo = mongo;
        this.audiences = audiences;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Sends the reminders that are due; returns how many dialogues were reminded of. */
    @Scheduled(fixedDelayString = "${lfpl.notifications.reminders.poll:1m}")
    int sendDue() {
        Instant now = clock.instant();
        int reminded = 0;
        for (Lead lead : Lead.values()) {
            Query due = Query.query(Criteria.where("startsAt").gt(now).lte(now.plus(lead.before)));
            for (DialogueAudience dialogue : mongo.find(due, DialogueAudience.class)) {
                // The day-before reminder is pointless once the hour-before one is due.
                boolean tooLate = lead == Lead.DAY && !dialogue.startsAt().isAfter(now.plus(Lead.HOUR.before));
                Query unsent = Query.query(Criteria.where("_id").is(dialogue.dialogueId()).and("startsAt")
                        .is(dialogue.startsAt()).and(lead.field).ne(dialogue.startsAt()));
                if (mongo.updateFirst(unsent, new Update().set(lead.field, dialogue.startsAt()), DialogueAudience.class)
                        .getModifiedCount() == 1 && !tooLate) {
                    remind(dialogue, lead);
                    reminded++;
                }
            }
        }
        return reminded;
    }

    private void remind(DialogueAudience dialogue, Lead lead) {
        String eventId = "reminder|" + lead + "|" + dialogue.dialogueId() + "|" + dialogue.startsAt();
        for (String member : dialogue.everyone()) {
            ZoneId zone = audiences.zoneOf(member);
            String when = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm z", Locale.ENGLISH).withZone(zone)
                    .format(dialogue.startsAt());
            dispatcher.deliver(new Message(eventId, member, "reminder", lead.prefix + dialogue.title(),
                    "\"" + dialogue.title() + "\" starts " + when + (dialogue.roomName() == null ? "" : " in "
                            + dialogue.roomName()) + ".", "/dialogues/" + dialogue.dialogueId(), clock.instant()));
        }
    }
}
