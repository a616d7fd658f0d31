package org.lfpl.registration.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lfpl.registration.events.RegistrationTopics;
import org.lfpl.registration.seats.Seats;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.MutableClock;
import org.lfpl.testsupport.TestTokens;
import org.lfpl.testsupport.UseMutableClock;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Registering for a symposium, as members and organisers do it over HTTP: seats are never
 * oversold, the waitlist is first come first served, freed seats are offered and offers expire.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lfpl.registration.housekeeping-interval=1h")
@UsePlatformInfrastructure
@UseMutableClock
class RegistrationFlowTest {


    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Registrations registrations;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Seats seats;

    Http http;
    final TestTokens tokens = TestTokens.issuer();
    final String organiser = tokens.member("organiser", "organiser");

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port);
    }

    Map<String, Object> symposium(int capacity, String approvalMode, List<Map<String, Object>> strands) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "Symposium " + UUID.randomUUID());
        draft.put("startsOn", LocalDate.now().plusDays(60).toString());
        draft.put("endsOn", LocalDate.now().plusDays(61).toString());
        draft.put("timeZone", "Europe/London");
        draft.put("capacity", capacity);
        draft.put("registrationOpensAt", clock.instant().minus(Duration.ofDays(1)).toString());
        draft.put("registrationClosesAt", clock.instant().plus(Duration.ofDays(30)).toString());
        draft.put("approvalMode", approvalMode);
        draft.put("strands", strands);
        return draft;
    }

    String published(int capacity, String approvalMode, List<Map<String, Object>> strands) {
        var created = http.post("/api/v1/symposia", symposium(capacity, approvalMode, strands)).bearer(organiser).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(http.post("/api/v1/symposia/" + id + "/publish", null).bearer(organiser).send().status()).isEqualTo(200);
        return id;
    }

    String published(int capacity) {
        return published(capacity, "AUTOMATIC", null);
    }

    Http.Response register(String symposiumId, String member, String... strands) {
        return http.post("/api/v1/symposia/" + symposiumId + "/registrations", Map.of("strands", List.of(strands)))
                .bearer(member).send();
    }

    static String member() {
        return TestTokens.issuer().member("m-" + UUID.randomUUID(), "school");
    }

    List<JsonNode> registrationsOf(String symposiumId) {
        var list = http.get("/api/v1/symposia/" + symposiumId + "/registrations?size=500").bearer(organiser).send();
        List<JsonNode> result = new ArrayList<>();
        list.json().forEach(result::add);
        return result;
    }

    List<JsonNode> inState(String symposiumId, String state) {
        return registrationsOf(symposiumId).stream().filter(r -> r.path("state").asString().equals(state)).toList();
    }

    @Test
    void five_hundred_members_register_at_once_for_one_hundred_seats() throws Exception {
        String symposium = published(100);
        List<String> members = IntStream.range(0, 500).mapToObj(i -> member()).toList();

        // At most 64 at a time, as the gateway sends them (its pool holds 64 connections per service):
        // 500 connections opened at once overflowed the listen backlog of a busy CI box, and a
        // connect timed out before the registration was even sent.
        Semaphore gatewayConnections = new Semaphore(64);
        List<Callable<Http.Response>> burst = members.stream().<Callable<Http.Response>>map(m -> () -> {
            gatewayConnections.acquire();
            try {
                return register(symposium, m, "strand-1", "strand-2");
            } finally {
                gatewayConnections.release();
            }
        }).toList();
        List<Integer> positionsAnswered = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Http.Response> answer : pool.invokeAll(burst)) {
                assertThat(answer.get().status()).isEqualTo(201);
                if (answer.get().json().path("state").asString().equals("WAITLISTED")) {
                    positionsAnswered.add(answer.get().json().path("waitlistPosition").asInt());
                }
            }
        }
        assertThat(positionsAnswered).as("each waitlister was told their own place")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 400).boxed().toList());

        assertThat(inState(symposium, "CONFIRMED")).hasSize(100);
        List<JsonNode> waitlisted = inState(symposium, "WAITLISTED");
        assertThat(waitlisted).hasSize(400);
        assertThat(waitlisted.stream().map(r -> r.path("waitlistPosition").asInt()).sorted().toList())
                .as("one line, no gaps, no ties").isEqualTo(IntStream.rangeClosed(1, 400).boxed().toList());
        var counts = http.get("/api/v1/symposia/" + symposium + "/registrations/counts").bearer(organiser).send().json();
        assertThat(counts.path("byState").path("CONFIRMED").asInt()).isEqualTo(100);
        assertThat(counts.path("placesLeft").path("*").asInt()).isZero();

        // Ten confirmed participants cancel: the first ten in line are offered their seats.
        List<JsonNode> line = waitlisted.stream()
                .sorted(Comparator.comparingInt(r -> r.path("waitlistPosition").asInt())).toList();
        List<String> firstTen = line.subList(0, 10).stream().map(r -> r.path("id").asString()).toList();
        List<String> nextTen = line.subList(10, 20).stream().map(r -> r.path("id").asString()).toList();
        for (JsonNode confirmed : inState(symposium, "CONFIRMED").subList(0, 10)) {
            assertThat(http.post("/api/v1/registrations/" + confirmed.path("id").asString() + "/cancel", null)
                    .bearer(organiser).send().status()).isEqualTo(200);
        }
        assertThat(inState(symposium, "OFFERED")).extracting(r -> r.path("id").asString())
                .containsExactlyInAnyOrderElementsOf(firstTen);
        assertThat(inState(symposium, "OFFERED")).allSatisfy(offer -> assertThat(
                Instant.parse(offer.path("offerExpiresAt").asString())).isEqualTo(clock.instant().plus(Duration.ofHours(48))));

        // Nobody accepts within the 48-hour claim window: the offers expire and pass to the next ten.
        clock.advance(Duration.ofHours(49));
        // Other tests' offers share this clock and may expire too; what matters is this symposium's line.
        assertThat(registrations.expireOffers()).isGreaterThanOrEqualTo(10);
        assertThat(inState(symposium, "EXPIRED")).extracting(r -> r.path("id").asString())
                .containsExactlyInAnyOrderElementsOf(firstTen);
        assertThat(inState(symposium, "OFFERED")).extracting(r -> r.path("id").asString())
                .containsExactlyInAnyOrderElementsOf(nextTen);
        assertThat(inState(symposium, "CONFIRMED")).hasSize(90);
        assertThat(inState(symposium, "WAITLISTED")).hasSize(380);
        assertThat(register(symposium, member(), "strand-1").json().path("waitlistPosition").asInt())
                .as("twenty offered members left the line").isEqualTo(381);
    }

    @Test
    void the_api_description_shows_example_requests_and_the_problems_registering_can_answer() {
        JsonNode spec = http.get("/v3/api-docs").send().json();
        JsonNode request = spec.path("components").path("schemas").path("RegistrationRequest").path("properties");
        assertThat(request.path("strands").path("example").toString()).contains("strand-1");
        assertThat(spec.path("components").path("schemas").path("SymposiumDraft").path("properties")
                .path("timeZone").path("example").asString()).isEqualTo("Europe/London");
        JsonNode responses = spec.path("paths").path("/api/v1/symposia/{symposiumId}/registrations").path("post")
                .path("responses");
        assertThat(responses.propertyNames()).contains("201", "400", "404", "409");
        assertThat(responses.path("409").path("content").path("application/problem+json").toString())
                .contains("urn:lfpl:problem:already-registered");
    }

    @Test
    void a_waitlist_count_left_wrong_by_a_crash_is_corrected_by_housekeeping() {
        String symposium = published(1);
        register(symposium, member(), "strand-1");
        register(symposium, member(), "strand-1");
        // A crash after taking a place in line but before storing the registration.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(symposium)), new Update().inc("waiting", 5), "seat_ledgers");

        registrations.reconcile(); // first sighting: might be a registration being written right now
        assertThat(register(symposium, member(), "strand-1").json().path("waitlistPosition").asInt())
                .as("not corrected on first sight").isEqualTo(7);
        registrations.reconcile();
        registrations.reconcile();

        assertThat(register(symposium, member(), "strand-1").json().path("waitlistPosition").asInt()).isEqualTo(3);
    }

    @Test
    void a_seat_left_held_by_a_crash_is_freed_by_housekeeping_and_offered_to_the_waitlist() {
        String symposium = published(2);
        String confirmed = register(symposium, member(), "strand-1").json().path("id").asString();
        // A crash after claiming a seat but before storing the registration that holds it.
        assertThat(seats.claim(symposium, "never-stored", List.of("strand-1"))).isTrue();
        String waiting = register(symposium, member(), "strand-1").json().path("id").asString();
        assertThat(stateOf(waiting)).as("both seats taken").isEqualTo("WAITLISTED");

        registrations.reconcile(); // first sighting: might be a registration being written right now
        assertThat(stateOf(waiting)).as("not freed on first sight").isEqualTo("WAITLISTED");
        assertThat(registrations.reconcile()).as("seats freed on the second pass").isEqualTo(1);

        assertThat(stateOf(waiting)).isEqualTo("OFFERED");
        assertThat(seats.holders(symposium)).as("the real holder keeps its seat").contains(confirmed)
                .doesNotContain("never-stored");
        assertThat(stateOf(confirmed)).isEqualTo("CONFIRMED");
    }

    @Test
    void a_seat_claimed_while_housekeeping_runs_is_never_freed_on_first_sight_even_by_a_holder_suspected_before() {
        String symposium = published(2);
        String username = "m-" + UUID.randomUUID();
        String member = TestTokens.issuer().member(username, "school");
        String id = Registration.idFor(symposium, TestTokens.subjectOf(username));
        // Housekeeping runs while the registration is being written: its seat claimed, its document not stored yet.
        assertThat(seats.claim(symposium, id, List.of("strand-1"))).isTrue();
        registrations.reconcile();
        var written = register(symposium, member, "strand-1");
        assertThat(written.json().path("id").asString()).isEqualTo(id);
        assertThat(written.json().path("state").asString()).isEqualTo("CONFIRMED");
        registrations.reconcile(); // every seat held by a registration now
        assertThat(http.post("/api/v1/registrations/" + id + "/cancel", null).bearer(member).send().status()).isEqualTo(200);

        // The member registers again, and housekeeping runs while that is being written.
        assertThat(seats.claim(symposium, id, List.of("strand-2"))).isTrue();
        assertThat(registrations.reconcile()).as("first sight of this claim: nothing freed").isZero();
        assertThat(seats.holders(symposium)).contains(id);
        assertThat(register(symposium, member, "strand-2").json().path("state").asString()).isEqualTo("CONFIRMED");
        registrations.reconcile();
        registrations.reconcile();
        assertThat(seats.holders(symposium)).containsExactly(id);
        assertThat(stateOf(id)).isEqualTo("CONFIRMED");
    }

    private String stateOf(String registrationId) {
        return http.get("/api/v1/registrations/" + registrationId).bearer(organiser).send().json().path("state").asString();
    }

    @Test
    void a_member_accepts_an_offered_seat_before_its_deadline_but_not_after() {
        String symposium = published(1);
        String first = member();
        String second = member();
        String third = member();
        String firstId = register(symposium, first, "strand-1").json().path("id").asString();
        String secondId = register(symposium, second, "strand-1").json().path("id").asString();
        String thirdId = register(symposium, third, "strand-2").json().path("id").asString();
        var mine = http.get("/api/v1/symposia/" + symposium + "/registrations/mine").bearer(third).send().json();
        assertThat(mine.path("state").asString()).isEqualTo("WAITLISTED");
        assertThat(mine.path("waitlistPosition").asInt()).isEqualTo(2);

        http.post("/api/v1/registrations/" + firstId + "/cancel", null).bearer(first).send();
        var accepted = http.post("/api/v1/registrations/" + secondId + "/accept", null).bearer(second).send();
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().path("state").asString()).isEqualTo("CONFIRMED");

        http.post("/api/v1/registrations/" + secondId + "/cancel", null).bearer(second).send();
        clock.advance(Duration.ofHours(48));
        var late = http.post("/api/v1/registrations/" + thirdId + "/accept", null).bearer(third).send();
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("type").asString()).isEqualTo("urn:lfpl:problem:offer-expired");
    }

    @Test
    void a_strand_cap_is_never_exceeded_and_waitlisted_members_behind_keep_their_chance() {
        String symposium = published(10, "AUTOMATIC", List.of(
                Map.of("id", "capped", "title", "Small strand", "cap", 1),
                Map.of("id", "open", "title", "Open strand")));
        assertThat(register(symposium, member(), "capped").json().path("state").asString()).isEqualTo("CONFIRMED");
        assertThat(register(symposium, member(), "capped").json().path("state").asString()).isEqualTo("WAITLISTED");
        assertThat(register(symposium, member(), "open").json().path("state").asString())
                .as("a full strand does not block the others").isEqualTo("CONFIRMED");

        String mover = member();
        String moverId = register(symposium, mover, "open").json().path("id").asString();
        var change = http.put("/api/v1/registrations/" + moverId + "/strands", Map.of("strands", List.of("capped")))
                .bearer(mover).send();
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.json().path("type").asString()).isEqualTo("urn:lfpl:problem:strand-full");
    }

    @Test
    void raising_capacity_offers_the_new_seats_to_the_waitlist() {
        String symposium = published(1);
        register(symposium, member(), "strand-1");
        String waiting = register(symposium, member(), "strand-1").json().path("id").asString();

        var raised = http.put("/api/v1/symposia/" + symposium + "/capacity", Map.of("capacity", 2)).bearer(organiser).send();
        assertThat(raised.status()).isEqualTo(200);
        assertThat(http.get("/api/v1/registrations/" + waiting).bearer(organiser).send().json().path("state").asString())
                .isEqualTo("OFFERED");
        var lowered = http.put("/api/v1/symposia/" + symposium + "/capacity", Map.of("capacity", 1)).bearer(organiser).send();
        assertThat(lowered.status()).isEqualTo(409);
    }

    @Test
    void registrations_that_break_the_rules_get_clear_problems() {
        String symposium = published(10);
        String member = member();
        var tooMany = register(symposium, member, "strand-1", "strand-2", "strand-3");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().path("errors").get(0).path("field").asString()).isEqualTo("strands");
        assertThat(register(symposium, member, "strand-9").status()).isEqualTo(400);
        assertThat(register(symposium, member, "strand-1", "strand-1").status()).isEqualTo(400);
        assertThat(register(symposium, member).status()).as("no strand at all").isEqualTo(400);

        assertThat(register(symposium, member, "strand-1").status()).isEqualTo(201);
        var again = register(symposium, member, "strand-2");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asString()).isEqualTo("urn:lfpl:problem:already-registered");

        var draft = http.post("/api/v1/symposia", symposium(10, "AUTOMATIC", null)).bearer(organiser).send();
        String draftId = draft.json().path("id").asString();
        assertThat(register(draftId, member(), "strand-1").status()).as("a draft does not exist for members").isEqualTo(404);
        assertThat(register(draftId, organiser, "strand-1").status()).as("not published").isEqualTo(409);

        clock.advance(Duration.ofDays(31));
        var closed = register(symposium, member(), "strand-1");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().path("type").asString()).isEqualTo("urn:lfpl:problem:registration-closed");
    }

    @Test
    void a_member_can_neither_see_nor_change_someone_elses_registration() {
        String symposium = published(10);
        String ada = member();
        String bob = member();
        String adas = register(symposium, ada, "strand-1").json().path("id").asString();

        assertThat(http.get("/api/v1/registrations/" + adas).bearer(bob).send().status()).isEqualTo(404);
        assertThat(http.post("/api/v1/registrations/" + adas + "/cancel", null).bearer(bob).send().status()).isEqualTo(404);
        assertThat(http.put("/api/v1/registrations/" + adas + "/strands", Map.of("strands", List.of("strand-2")))
                .bearer(bob).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/symposia/" + symposium + "/registrations").bearer(bob).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/registrations/" + adas).bearer(ada).send().json().path("state").asString())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void a_member_who_cancelled_can_register_again() {
        String symposium = published(10);
        String member = member();
        String id = register(symposium, member, "strand-1").json().path("id").asString();
        assertThat(http.post("/api/v1/registrations/" + id + "/cancel", null).bearer(member).send().json()
                .path("state").asString()).isEqualTo("CANCELLED");
        var again = register(symposium, member, "strand-2");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("id").asString()).isEqualTo(id);
        assertThat(again.json().path("strands").get(0).asString()).isEqualTo("strand-2");
    }

    @Test
    void in_a_moderated_symposium_organisers_approve_or_reject() {
        String symposium = published(10, "MODERATED", null);
        var pending = register(symposium, member(), "strand-1");
        assertThat(pending.json().path("state").asString()).isEqualTo("PENDING_APPROVAL");
        var approved = http.post("/api/v1/registrations/" + pending.json().path("id").asString() + "/approve", null)
                .bearer(organiser).send();
        assertThat(approved.json().path("state").asString()).isEqualTo("CONFIRMED");

        String other = register(symposium, member(), "strand-1").json().path("id").asString();
        assertThat(http.post("/api/v1/registrations/" + other + "/approve", null).bearer(member()).send().status())
                .isEqualTo(403);
        assertThat(http.post("/api/v1/registrations/" + other + "/reject", null).bearer(organiser).send().json()
                .path("state").asString()).isEqualTo("REJECTED");
    }

    @Test
    void organisers_see_members_by_the_name_they_chose_in_their_profile() {
        String symposium = published(10);
        String username = "m-" + UUID.randomUUID();
        String token = tokens.member(username, "school"); // the token's name: "M-... Example"
        register(symposium, token, "strand-1");
        Map<String, Object> profile = new LinkedHashMap<>(Map.of("displayName", "Ada Lovelace", "preferredLanguage", "en",
                "timeZone", "Europe/London", "listedInDirectory", false, "nameSharedWithPartners", false));
        assertThat(http.put("/api/v1/members/me", profile).bearer(token).send().status()).isEqualTo(200);

        assertThat(registrationsOf(symposium)).extracting(r -> r.path("memberName").asString()).containsExactly("Ada Lovelace");
        String csv = http.get("/api/v1/symposia/" + symposium + "/registrations/export").bearer(organiser)
                .header("Accept", "text/csv").send().body();
        assertThat(csv).contains("\"Ada Lovelace\"").doesNotContain(username.substring(1) + " Example");
    }

    @Test
    void the_csv_export_lists_every_registration_and_neutralises_spreadsheet_formulas() {
        String symposium = published(10);
        String hostile = tokens.token().subject(UUID.randomUUID().toString()).username("=HYPERLINK(\"x\")").sign();
        http.post("/api/v1/symposia/" + symposium + "/registrations",
                Map.of("strands", List.of("strand-1"), "needs", Map.of("dietary", "vegetarian"))).bearer(hostile).send();

        var csv = http.get("/api/v1/symposia/" + symposium + "/registrations/export").bearer(organiser)
                .header("Accept", "text/csv").send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).startsWith("attachment");
        assertThat(csv.body().split("\r\n")).hasSize(2);
        assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"x\"\")").contains("\"vegetarian\"");
    }

    @Test
    void every_change_is_announced_with_what_consumers_need() {
        String symposium = published(10);
        String memberToken = member();
        String id = register(symposium, memberToken, "strand-1", "strand-3").json().path("id").asString();

        var events = KafkaProbe.await(RegistrationTopics.EVENTS, 1, Duration.ofSeconds(15),
                record -> id.equals(record.key())
                        && "org.lfpl.registration.registration.confirmed.v1".equals(KafkaProbe.header(record, "ce_type")));
        assertThat(events).singleElement().satisfies(record -> assertThat(new String(record.value()))
                .contains("\"symposiumId\":\"" + symposium + "\"").contains("\"strands\":[\"strand-1\",\"strand-3\"]")
                .contains("\"state\":\"CONFIRMED\"").doesNotContain("needs"));
    }
}
