package org.lfpl.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lfpl.dialogue.SymposiumTest;
import org.lfpl.testsupport.Http;

/** The programme and a member's agenda as iCalendar, read back by a calendar library. */
class CalendarTest extends SymposiumTest {



    String member;
    String joined;
    String other;

    @BeforeEach
    void aPublishedProgramme() {
        symposium.simpleProgramme();
        List<String> hosts = symposium.confirmed(2, "strand-1");
        member = symposium.confirmed("strand-1");
        joined = symposium.scheduled(hosts.get(0), "s1", "a", symposium.draft("strand-1", "title", "Learning walks"));
        other = symposium.scheduled(hosts.get(1), "s2", "b", symposium.draft("strand-1", "title", "Fishbowl"));
        assertThat(http.post("/api/v1/programmes/" + symposium.symposium + "/publish", null).bearer(symposium.organiser)
                .send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/dialogues/" + joined + "/join", null).bearer(symposium.token(member)).send()
                .status()).isEqualTo(200);
    }

    static List<VEvent> events(Http.Response response) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        return calendar.getComponents("VEVENT");
    }

    @Test
    void the_programme_downloads_as_a_calendar_with_every_session_at_its_time() throws Exception {
        var events = events(http.get("/api/v1/programmes/" + symposium.symposium + "/calendar.ics")
                .bearer(symposium.token(member)).send());

        assertThat(events).hasSize(2);
        VEvent walks = events.stream().filter(e -> e.getSummary().getValue().equals("Learning walks")).findFirst().orElseThrow();
        assertThat(Instant.from(walks.getDateTimeStart().getDate()))
                .isEqualTo(Instant.parse("2027-06-14T09:00:00Z"));
        assertThat(walks.getUid().orElseThrow().getValue()).isEqualTo(joined + "@lfpl.network");
        assertThat(walks.getLocation().getValue()).isEqualTo("Room a");
    }

    @Test
    void a_member_subscribes_to_a_private_feed_of_their_agenda_and_can_replace_or_revoke_it() throws Exception {
        String agenda = "/api/v1/programmes/" + symposium.symposium + "/agenda";
        assertThat(events(http.get(agenda + ".ics").bearer(symposium.token(member)).send()))
                .extracting(e -> e.getSummary().getValue()).containsExactly("Learning walks");

        String url = http.post(agenda + "/feed", null).bearer(symposium.token(member)).send().json().path("url").asString();
        assertThat(events(http.get(url).send())).as("no sign-in: the token is the credential").hasSize(1);

        String replaced = http.post(agenda + "/feed", null).bearer(symposium.token(member)).send().json().path("url").asString();
        assertThat(http.get(url).send().status()).as("the old URL stops working").isEqualTo(404);
        assertThat(events(http.get(replaced).send())).hasSize(1);

        http.delete(agenda + "/feed").bearer(symposium.token(member)).send();
        assertThat(http.get(replaced).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/programmes/feeds/guessed.ics").send().status()).isEqualTo(404);
    }
}
