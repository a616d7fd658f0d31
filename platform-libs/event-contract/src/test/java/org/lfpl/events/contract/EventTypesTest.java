package org.lfpl.events.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class EventTypesTest {

    @EventType(topic = "lfpl.example.events", name = "org.lfpl.example.thing.happened", version = 2)
    record ThingHappened(String aggregateId) implements IntegrationEvent {}

    record Unannotated(String aggregateId) implements IntegrationEvent {}

    @EventType(topic = "t", name = "n", version = 0)
    record VersionZero(String aggregateId) implements IntegrationEvent {}

    @Test
    void wire_type_is_the_name_with_its_version() {
        assertThat(EventTypes.of(ThingHappened.class))
                .isEqualTo(new EventTypes.Descriptor("lfpl.example.events", "org.lfpl.example.thing.happened.v2"));
    }

    @Test
    void a_payload_without_a_type_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventTypes.of(Unannotated.class))
                .withMessageContaining("no @EventType");
    }

    @Test
    void versions_start_at_one() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventTypes.of(VersionZero.class));
    }
}
