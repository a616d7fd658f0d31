package org.lfpl.dialogue.calendar;

import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.lfpl.dialogue.programme.ScheduledSession;

/** Sessions as an RFC 5545 calendar, times in UTC so every calendar app shows them right in its own zone. */
final class IcsWriter {

    private IcsWriter() {}

    static String write(String name, List<ScheduledSession> sessions) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//LfPL Network//Programme//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (ScheduledSession session : sessions) {
            VEvent event = new VEvent(session.startsAt(), session.endsAt(), session.title());
            event.add(new Uid(session.dialogueId() + "@lfpl.network"));
            if (session.roomName() != null) {
                event.add(new Location(session.roomName()));
            }
            event.add(new Description("Strand: " + session.strandId()));
            calendar.add(event);
        }
        return calendar.toString();
    }
}
