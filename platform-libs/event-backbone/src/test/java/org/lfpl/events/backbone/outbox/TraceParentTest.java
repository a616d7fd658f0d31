package org.lfpl.events.backbone.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

class TraceParentTest {

    static final String PARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void outside_any_trace_there_is_nothing_to_keep() {
        assertThat(TraceParent.current()).isNull();
    }

    @Test
    void a_restored_traceparent_is_the_current_trace_until_its_scope_closes() {
        try (Scope restored = TraceParent.restore(PARENT)) {
            assertThat(TraceParent.current()).isEqualTo(PARENT);
        }
        assertThat(TraceParent.current()).isNull();
    }

    @Test
    void a_malformed_or_missing_traceparent_restores_nothing() {
        for (String bad : new String[] {null, "", "00-zz-00f067aa0ba902b7-01",
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}) {
            try (Scope restored = TraceParent.restore(bad)) {
                assertThat(TraceParent.current()).as(bad).isNull();
            }
        }
    }
}
