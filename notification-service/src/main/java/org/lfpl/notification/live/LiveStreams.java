package org.lfpl.notification.live;

import org.lfpl.notification.delivery.ChannelMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.lfpl.notification.inapp.InAppNotifications;
import org.lfpl.notification.inapp.Notification;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events per member. The stream never sends from memory: when a notification is stored
 * (or every heartbeat, which also covers notifications stored by another instance) each of the
 * member's connections reads what was stored after the last one it sent, in order. A reconnect with
 * {@code Last-Event-ID} (the last {@code seq} received) resumes from there. Notifications stored out
 * of order (a lower number stored a moment later) are caught by looking back a little and
 * remembering what each connection sent; the portal drops an id it already has.
 *
 * <p>On shutdown every open stream is ended just before the web server's graceful shutdown begins:
 * a stream never finishes by itself, so the server would otherwise wait out the whole shutdown
 * timeout (30 s) with it and then cut it. The browser reconnects after the stream's 3 s retry, to
 * another instance, with its Last-Event-ID, and misses nothing.
 */
@Service
public class LiveStreams implements SmartLifecycle {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final long LOOK_BACK = 200;

    private final InAppNotifications inbox;
    private final Map<String, Set<Connection>> byMember = new ConcurrentHashMap<>();

    private final ChannelMetrics channels;
    private volatile boolean running;

    LiveStreams(InAppNotifications inbox, MeterRegistry meters, ChannelMetrics channels) {
        this.inbox = inbox;
        this.channels = channels;
        meters.gaugeMapSize("lfpl.notifications.live.members", List.of(), byMember);
    }

    /** A stream from after {@code lastSeq}, or from now when the member gives none. */
    SseEmitter open(String memberId, Long lastSeq) {
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis()); // then the browser reconnects
        Connection connection = new Connection(memberId, emitter, lastSeq != null ? lastSeq : inbox.latestSeq(memberId));
        Set<Connection> connections = byMember.computeIfAbsent(memberId, id -> new CopyOnWriteArraySet<>());
        connections.add(connection);
        Runnable close = () -> connections.remove(connection);
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        connection.send(SseEmitter.event().comment("connected").reconnectTime(3000));
        connection.catchUp();
        if (!running) { // opened while this instance shuts down: the browser goes elsewhere
            connection.end();
        }
        return emitter;
    }

    /** Something was stored for the member: each of their connections catches up. */
    public void signal(String memberId) {
        byMember.getOrDefault(memberId, Set.of()).forEach(Connection::catchUp);
    }

    /** Keeps proxies from closing idle streams, and picks up what other instances stored. */
    @Scheduled(fixedDelayString = "${lfpl.notifications.live.heartbeat:15s}")
    void heartbeat() {
        byMember.values().forEach(connections -> connections.forEach(c -> {
            c.send(SseEmitter.event().comment("heartbeat"));
            c.catchUp();
        }));
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every open stream; each leaves its member's set as it completes. */
    @Override
    public void stop() {
        running = false;
        byMember.values().forEach(connections -> connections.forEach(Connection::end));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped just before the web server's graceful shutdown (higher phases stop first). */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;
    }

    private final class Connection {
        private final String memberId;
        private final SseEmitter emitter;
        private long cursor;
        /** Ids sent (or, at connect, already had by the client) within the look-back window. */
        private final Set<String> known = new LinkedHashSet<>();

        Connection(String memberId, SseEmitter emitter, long cursor) {
            this.memberId = memberId;
            this.emitter = emitter;
            this.cursor = cursor;
            inbox.since(memberId, cursor, LOOK_BACK).stream().filter(n -> n.seq() <= cursor)
                    .forEach(n -> known.add(n.id()));
        }

        synchronized void catchUp() {
            for (Notification notification : inbox.since(memberId, cursor, LOOK_BACK)) {
                if (known.contains(notification.id())) {
                    continue;
                }
                if (!send(SseEmitter.event().id(String.valueOf(notification.seq())).name("notification")
                        .data(notification.view(), MediaType.APPLICATION_JSON))) {
                    return;
                }
                channels.sent(ChannelMetrics.LIVE);
                cursor = Math.max(cursor, notification.seq());
                known.add(notification.id());
                if (known.size() > 1000) {
                    known.remove(known.iterator().next());
                }
            }
        }

        synchronized void end() {
            emitter.complete();
        }

        synchronized boolean send(SseEmitter.SseEventBuilder event) {
            try {
                emitter.send(event);
                return true;
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone);
                return false;
            }
        }
    }
}
