package org.lfpl.events.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lfpl.events.backbone.BackboneTestApplication.IdeaListener;
import org.lfpl.events.backbone.consume.DeadLetterTopicDeclarations;
import org.lfpl.events.backbone.consume.DeadLetterTopics;
import org.lfpl.events.backbone.deadletters.DeadLetter;
import org.lfpl.events.backbone.deadletters.DeadLetters;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.web.ErrorResponseException;

/** An operator lists what was set aside, mends the cause, and replays it to the listener that failed. */
// The same context as ConsumingEventsTest: two live contexts would share the listener's group.
@SpringBootTest(properties = {"spring.application.name=backbone-test", "lfpl.events.relay.enabled=false",
        "lfpl.events.consumer.max-retries=2", "lfpl.events.consumer.initial-back-off=50ms"})
@UsePlatformInfrastructure
class DeadLettersTest {

    static final String DLT = DeadLetterTopics.of(BackboneTestApplication.TOPIC, "backbone-test");

    @Autowired
    IdeaListener listener;

    DeadLetters deadLetters;

    @BeforeEach
    void operatorConsole(@Autowired DeadLetterTopicDeclarations declarations, @Autowired KafkaListenerEndpointRegistry registry,
            @Autowired MongoTemplate mongo, @Autowired KafkaProperties kafka) {
        deadLetters = new DeadLetters(declarations, registry, mongo, kafka.buildConsumerProperties());
    }

    @AfterEach
    void breakAgain() {
        listener.mended = false;
    }

    private DeadLetter awaitDeadLetter(String eventId) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> deadLetters.newest(500).stream().filter(letter -> eventId.equals(letter.eventId())).findFirst().orElse(null),
                letter -> letter != null);
    }

    @Test
    void a_dead_letter_says_where_it_came_from_which_consumer_failed_and_why() {
        String eventId = BackboneTestApplication.sendIdea(UUID.randomUUID().toString(), "always-fails-" + UUID.randomUUID());

        DeadLetter letter = awaitDeadLetter(eventId);

        assertThat(deadLetters.topics()).containsExactly(DLT);
        assertThat(letter.topic()).isEqualTo(DLT);
        assertThat(letter.consumerGroup()).isEqualTo("backbone-test");
        assertThat(letter.originalTopic()).isEqualTo(BackboneTestApplication.TOPIC);
        assertThat(letter.originalOffset()).isNotNull().isNotNegative();
        assertThat(letter.eventType()).isEqualTo("org.lfpl.test.idea.noted.v1");
        assertThat(letter.failure()).contains("ListenerExecutionFailedException");
        assertThat(letter.message()).contains("downstream is broken");
        assertThat(letter.replay()).isNull();
    }

    @Test
    void a_replay_before_the_fix_fails_and_is_recorded_and_after_the_fix_is_handled_once() {
        String text = "fails-until-mended-" + UUID.randomUUID();
        DeadLetter letter = awaitDeadLetter(BackboneTestApplication.sendIdea(UUID.randomUUID().toString(), text));

        assertThatThrownBy(() -> deadLetters.replay(letter.topic(), letter.partition(), letter.offset(), "organiser-1"))
                .isInstanceOfSatisfying(ErrorResponseException.class, failure -> {
                    assertThat(failure.getStatusCode().value()).isEqualTo(422);
                    assertThat(failure.getBody().getType().toString()).isEqualTo("urn:lfpl:problem:replay-failed");
                    assertThat(failure.getBody().getDetail()).contains("not mended yet");
                });
        assertThat(listener.processed).doesNotContain(text);
        DeadLetter afterFailure = awaitDeadLetter(letter.eventId());
        assertThat(afterFailure.replay().outcome()).isEqualTo("failed");

        listener.mended = true;
        DeadLetter.Replay replay = deadLetters.replay(letter.topic(), letter.partition(), letter.offset(), "organiser-1");

        assertThat(replay.outcome()).isEqualTo("handled");
        assertThat(replay.by()).isEqualTo("organiser-1");
        assertThat(listener.processed).containsOnlyOnce(text);
        assertThat(awaitDeadLetter(letter.eventId()).replay().outcome()).isEqualTo("handled");
        assertThatThrownBy(() -> deadLetters.replay(letter.topic(), letter.partition(), letter.offset(), "organiser-2"))
                .as("a handled replay is not repeated")
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        conflict -> assertThat(conflict.getStatusCode().value()).isEqualTo(409));
        assertThat(listener.processed).containsOnlyOnce(text);
    }

    @Test
    void a_record_that_is_not_a_cloud_event_cannot_be_replayed() {
        String marker = "garbage-" + UUID.randomUUID();
        KafkaProbe.send(BackboneTestApplication.TOPIC, "k", marker.getBytes(StandardCharsets.UTF_8), Map.of());
        var dead = KafkaProbe.await(DLT, 1, Duration.ofSeconds(20),
                record -> marker.equals(new String(record.value(), StandardCharsets.UTF_8)));
        assertThat(dead).hasSize(1);

        assertThatThrownBy(() -> deadLetters.replay(DLT, dead.getFirst().partition(), dead.getFirst().offset(), "organiser-1"))
                .isInstanceOfSatisfying(ErrorResponseException.class, failure -> {
                    assertThat(failure.getStatusCode().value()).isEqualTo(422);
                    assertThat(failure.getBody().getType().toString()).isEqualTo("urn:lfpl:problem:not-a-cloud-event");
                });
    }

    @Test
    void only_this_services_dead_letter_topics_can_be_read_and_missing_records_are_not_found() {
        assertThatThrownBy(() -> deadLetters.replay(BackboneTestApplication.TOPIC, 0, 0, "organiser-1"))
                .as("the original topic is not a dead-letter topic of this service")
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        notFound -> assertThat(notFound.getStatusCode().value()).isEqualTo(404));
        assertThatThrownBy(() -> deadLetters.replay(DLT, 0, Long.MAX_VALUE - 1, "organiser-1"))
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        notFound -> assertThat(notFound.getStatusCode().value()).isEqualTo(404));
        assertThatThrownBy(() -> deadLetters.replay(DLT, 999, 0, "organiser-1"))
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        notFound -> assertThat(notFound.getStatusCode().value()).isEqualTo(404));
    }
}
