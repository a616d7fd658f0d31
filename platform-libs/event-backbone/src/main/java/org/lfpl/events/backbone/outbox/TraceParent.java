package org.lfpl.events.backbone.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The W3C {@code traceparent} of the request that changed an aggregate, kept with each outbox
 * event. The relay publishes later, on its own thread, outside any request; restoring this context
 * around the send makes the Kafka producer observation a child of the original request, so the
 * {@code traceparent} header it writes, and the consumers' spans and log lines, carry the trace id
 * that started at the gateway.
 */
final class TraceParent {

    private static final Pattern W3C = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    private TraceParent() {}

    /** The current span as a {@code traceparent}, or null outside any trace. */
    static String current() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex()
                : null;
    }

    /** Makes {@code traceparent} the current remote parent until the scope closes; a no-op scope when absent or malformed. */
    static Scope restore(String traceparent) {
        Matcher parts = traceparent == null ? null : W3C.matcher(traceparent);
        if (parts == null || !parts.matches()) {
            return Scope.noop();
        }
        SpanContext remote = SpanContext.createFromRemoteParent(parts.group(1), parts.group(2),
                TraceFlags.fromHex(parts.group(3), 0), TraceState.getDefault());
        return remote.isValid() ? Context.root().with(Span.wrap(remote)).makeCurrent() : Scope.noop();
    }
}
