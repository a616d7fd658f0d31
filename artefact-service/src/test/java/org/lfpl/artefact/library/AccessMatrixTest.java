package org.lfpl.artefact.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lfpl.artefact.LibraryFixture;
import org.lfpl.artefact.LibraryTest;
import org.lfpl.artefact.Samples;
import org.lfpl.testsupport.Http;

/**
 * Every visibility x every kind of caller x every way of reading an artefact: listing, metadata,
 * preview and download agree, and a caller who may not see an artefact cannot tell it exists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends LibraryTest {

    enum CallerKind { ANONYMOUS, PARTNER, MEMBER_ELSEWHERE, CANCELLED_PARTICIPANT, PARTICIPANT, OWNER, ORGANISER }

    enum Reading { LIST, METADATA, PREVIEW, DOWNLOAD }

    /** Who sees an AVAILABLE artefact of each visibility. */
    private static final Map<Visibility, Set<CallerKind>> SEES = Map.of(
            Visibility.PUBLIC, Set.of(CallerKind.values()),
            Visibility.NETWORK, Set.of(CallerKind.MEMBER_ELSEWHERE, CallerKind.CANCELLED_PARTICIPANT,
                    CallerKind.PARTICIPANT, CallerKind.OWNER, CallerKind.ORGANISER),
            Visibility.PARTICIPANTS, Set.of(CallerKind.PARTICIPANT, CallerKind.OWNER, CallerKind.ORGANISER));

    private LibraryFixture world;
    private final Map<Visibility, String> artefacts = new EnumMap<>(Visibility.class);
    private final Map<CallerKind, String> tokens = new EnumMap<>(CallerKind.class);

    /** One world for the whole matrix, not one per case. */
    @Override
    protected void aFreshSymposium() {}

    @BeforeAll
    void aSymposiumWithOneArtefactOfEachVisibility() {
        super.aFreshSymposium();
        world = library;
        String owner = world.participant();
        String cancelled = world.participant();
        world.registration(cancelled, "CANCELLED");
        tokens.put(CallerKind.PARTNER, world.tokens.partner("partner-client"));
        tokens.put(CallerKind.MEMBER_ELSEWHERE, world.token("m-elsewhere"));
        tokens.put(CallerKind.CANCELLED_PARTICIPANT, world.token(cancelled));
        tokens.put(CallerKind.PARTICIPANT, world.token(world.participant()));
        tokens.put(CallerKind.OWNER, world.token(owner));
        tokens.put(CallerKind.ORGANISER, world.organiser);
        int seed = 10;
        for (Visibility visibility : Visibility.values()) {
            artefacts.put(visibility, world.shared(owner, visibility.name().toLowerCase() + ".png",
                    Samples.png(64, 64, seed++), "visibility", visibility.name()));
        }
    }

    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Visibility visibility : Visibility.values()) {
            for (CallerKind caller : CallerKind.values()) {
                for (Reading reading : Reading.values()) {
                    cases.add(Arguments.of(visibility, caller, reading, SEES.get(visibility).contains(caller)));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} artefact, {1} caller, {2}: sees it = {3}")
    @MethodSource("matrix")
    void each_caller_sees_exactly_what_the_visibility_allows(Visibility visibility, CallerKind caller, Reading reading,
            boolean sees) {
        String id = artefacts.get(visibility);
        String token = tokens.get(caller);
        String path = switch (reading) {
            case LIST -> "/api/v1/artefacts?symposiumId=" + world.symposium;
            case METADATA -> "/api/v1/artefacts/" + id;
            case PREVIEW -> "/api/v1/artefacts/" + id + "/preview";
            case DOWNLOAD -> "/api/v1/artefacts/" + id + "/file";
        };
        var response = bytes("GET", path, token, null);
        if (reading == Reading.LIST) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(LibraryFixture.json(response).findValuesAsString("id").contains(id)).isEqualTo(sees);
        } else {
            assertThat(response.statusCode()).isEqualTo(sees ? 200 : 404);
        }
    }

    @ParameterizedTest(name = "{0} caller cannot change someone else's artefact")
    @MethodSource("notTheOwner")
    void only_the_owner_or_an_organiser_changes_an_artefact(CallerKind caller) {
        String id = artefacts.get(Visibility.PUBLIC);
        Http.Request request = http.put("/api/v1/artefacts/" + id, Map.of("details", world.details()));
        Http.Response response = (caller == CallerKind.ANONYMOUS ? request : request.bearer(tokens.get(caller))).send();
        assertThat(response.status()).isEqualTo(caller == CallerKind.ANONYMOUS ? 401 : 403);
    }

    Stream<CallerKind> notTheOwner() {
        return Stream.of(CallerKind.ANONYMOUS, CallerKind.PARTNER, CallerKind.MEMBER_ELSEWHERE, CallerKind.PARTICIPANT);
    }
}
