package org.lfpl.notification.routing;

import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.lfpl.notification.audience.DialogueAudience;

/**
 * The iCalendar (RFC 5545) attached to the email when a dialogue is placed or moved: one event with
 * the dialogue's stable UID, so a calendar updates the entry it has instead of adding another.
 */
final class CalendarInvite {

    private CalendarInvite() {}

    static String of(DialogueAudience dialogue, Instant changedAt) {
        if (dialogue.startsAt() == null || dialogue.endsAt() == null) {
            return null;
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//LfPL Network//Notifications//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        VEvent event = new VEvent(dialogue.startsAt(), dialogue.endsAt(), dialogue.title());
        event.add(new Uid(dialogue.dialogueId() + "@lfpl.network"));
        // Later changes carry a higher sequence, so calendars apply them over the earlier one.
        event.add(new Sequence((int) (changedAt.getEpochSecond() / 60 % Integer.MAX_VALUE)));
        if (dialogue.roomName() != null) {
            event.add(new Location(dialogue.roomName()));
        }
        calendar.add(event);
        return calendar.toString();
    }
}
