package org.lfpl.notification.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lfpl.artefact.events.ArtefactTopics;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.registration.events.RegistrationTopics;

/** Each routing rule: who hears of which event, with what message, and who does not. */
class RoutingTableTest extends RoutingTest {

    final String symposium = fresh("sym");

    private void registration(String username, String type, String state, String extra) {
        String memberId = id(username);
        send(RegistrationTopics.EVENTS, "r-" + memberId, "org.lfpl.registration.registration." + type + ".v1",
                "{\"registration\":{\"registrationId\":\"r-" + memberId + "\",\"symposiumId\":\"" + symposium
                        + "\",\"memberId\":\"" + memberId + "\",\"strands\":[\"strand-1\"],\"state\":\"" + state + "\"}"
                        + extra + "}");
    }

    private void published() {
        send(RegistrationTopics.EVENTS, symposium, "org.lfpl.registration.symposium.published.v1",
                "{\"symposium\":{\"symposiumId\":\"" + symposium + "\",\"title\":\"LfPL 2027\",\"startsOn\":\"2027-06-14\","
                        + "\"endsOn\":\"2027-06-15\",\"timeZone\":\"Europe/London\",\"strands\":[],"
                        + "\"maxStrandsPerParticipant\":2,\"status\":\"PUBLISHED\"}}");
    }

    private void profile(String username, String timeZone) {
        send(RegistrationTopics.EVENTS, id(username), "org.lfpl.registration.member.updated.v1",
                "{\"memberId\":\"" + id(username) + "\",\"displayName\":\"Ada\",\"email\":\"ada@example.org\","
                        + "\"preferredLanguage\":\"en\",\"timeZone\":\"" + timeZone + "\",\"listedInDirectory\":true,"
                        + "\"nameSharedWithPartners\":false}");
    }

    private String session(String dialogue, String host, String startsAt) {
        return "{\"dialogueId\":\"" + dialogue + "\",\"symposiumId\":\"" + symposium + "\",\"strandId\":\"strand-1\","
                + "\"title\":\"Fishbowl on feedback\",\"hostIds\":[\"" + id(host) + "\"],\"slotId\":\"s1\",\"startsAt\":\""
                + startsAt + "\",\"endsAt\":\"2027-06-14T10:30:00Z\",\"roomId\":\"a\",\"roomName\":\"Room A\"}";
    }

    @Test
    void each_change_of_a_registration_reaches_its_member_with_deadlines_in_their_time_zone() {
        String member = fresh("m");
        published();
        profile(member, "Asia/Tokyo");
        awaitInbox(member, 1);
        registration(member, "waitlisted", "WAITLISTED", "");
        registration(member, "offered", "OFFERED", ",\"acceptBy\":\"2027-03-01T12:00:00Z\"");
        registration(member, "expired", "EXPIRED", "");
        awaitInbox(member, 4);
        assertThat(inbox(member)).contains(
                "LfPL 2027 is full; you will be offered the next free place in your turn.",
                "A place at LfPL 2027 is yours if you accept it by Mon 1 Mar 2027, 21:00 JST.",
                "The place offered to you at LfPL 2027 passed to the next in line.");
    }

    @Test
    void the_programme_goes_to_confirmed_participants_and_moves_to_hosts_and_joiners_only() {
        String host = fresh("h");
        String joiner = fresh("j");
        String confirmedOnly = fresh("c");
        String waitlisted = fresh("w");
        published();
        registration(confirmedOnly, "confirmed", "CONFIRMED", "");
        registration(waitlisted, "waitlisted", "WAITLISTED", "");
        awaitInbox(confirmedOnly, 1);
        awaitInbox(waitlisted, 1);
        String dialogue = fresh("d");
        send(DialogueTopics.EVENTS, dialogue, "org.lfpl.dialogue.programme.published.v1",
                "{\"symposiumId\":\"" + symposium + "\",\"sessions\":[" + session(dialogue, host, "2027-06-14T09:00:00Z") + "]}");
        awaitInbox(confirmedOnly, 2); // the programme is known before anyone joins, as in real life
        String memberId = id(joiner);
        send(DialogueTopics.EVENTS, "a|" + memberId, "org.lfpl.dialogue.dialogue.joined.v1", "{\"agendaId\":\"a|" + memberId
                + "\",\"dialogueId\":\"" + dialogue + "\",\"symposiumId\":\"" + symposium + "\",\"memberId\":\"" + memberId
                + "\",\"strandId\":\"strand-1\"}");
        awaitInbox(host, 1); // told of the join
        send(DialogueTopics.EVENTS, dialogue, "org.lfpl.dialogue.dialogue.rescheduled.v1", "{\"session\":"
                + session(dialogue, host, "2027-06-14T11:00:00Z") + ",\"previous\":" + session(dialogue, host,
                "2027-06-14T09:00:00Z") + ",\"afterPublishing\":true}");
        awaitInbox(joiner, 1);
        awaitInbox(confirmedOnly, 2);

        String moved = "\"Fishbowl on feedback\" moved from Mon 14 Jun, 09:00 UTC in Room A to Mon 14 Jun, 11:00 UTC in Room A.";
        assertThat(inbox(joiner)).containsExactly(moved);
        assertThat(inbox(host)).contains(moved, "Someone joined \"Fishbowl on feedback\".");
        assertThat(inbox(confirmedOnly)).contains(
                "The programme of LfPL 2027 is out: 1 dialogue. Choose the ones you will join.").doesNotContain(moved);
        assertThat(inbox(waitlisted)).noneMatch(body -> body.startsWith("The programme"));
    }

    @Test
    void posts_reach_everyone_in_the_dialogue_but_their_author_and_so_do_shared_artefacts() {
        String host = fresh("h");
        String author = fresh("a");
        String reader = fresh("r");
        String dialogue = fresh("d");
        send(DialogueTopics.EVENTS, dialogue, "org.lfpl.dialogue.dialogue.scheduled.v1",
                "{\"session\":" + session(dialogue, host, "2027-06-14T09:00:00Z") + ",\"afterPublishing\":false}");
        for (String member : new String[] {author, reader}) {
            send(DialogueTopics.EVENTS, "a|" + id(member), "org.lfpl.dialogue.dialogue.joined.v1", "{\"agendaId\":\"a|"
                    + id(member) + "\",\"dialogueId\":\"" + dialogue + "\",\"symposiumId\":\"" + symposium
                    + "\",\"memberId\":\"" + id(member) + "\",\"strandId\":\"strand-1\"}");
        }
        awaitInbox(host, 3);
        send(DialogueTopics.EVENTS, dialogue, "org.lfpl.dialogue.contribution.posted.v1", "{\"contributionId\":\"c1\","
                + "\"dialogueId\":\"" + dialogue + "\",\"symposiumId\":\"" + symposium + "\",\"authorId\":\"" + id(author)
                + "\",\"parentId\":null,\"artefactIds\":[]}");
        send(ArtefactTopics.EVENTS, "art-1", "org.lfpl.artefact.artefact.linked.v1", "{\"artefact\":{\"artefactId\":\"art-1\","
                + "\"symposiumId\":\"" + symposium + "\",\"ownerId\":\"" + id(reader) + "\",\"kind\":\"FILE\",\"title\":\"Protocol\","
                + "\"strandIds\":[\"strand-1\"],\"principles\":[1],\"dialogueIds\":[\"" + dialogue + "\"],\"visibility\":"
                + "\"PARTICIPANTS\",\"licence\":\"CC-BY-4.0\",\"version\":1,\"mediaType\":\"application/pdf\",\"status\":"
                + "\"AVAILABLE\"},\"dialogueId\":\"" + dialogue + "\"}");
        awaitInbox(reader, 1);
        awaitInbox(author, 1);
        awaitInbox(host, 5);

        String post = "Someone posted in \"Fishbowl on feedback\".";
        String shared = "\"Protocol\" was shared for \"Fishbowl on feedback\".";
        assertThat(inbox(reader)).containsExactly(post);
        assertThat(inbox(author)).containsExactly(shared);
        assertThat(inbox(host)).contains(post, shared, "\"Fishbowl on feedback\": Mon 14 Jun, 09:00 UTC in Room A.");
    }
}
