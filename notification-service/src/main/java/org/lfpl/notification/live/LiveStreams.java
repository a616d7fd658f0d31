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
 * Server-Sent Events per member. A notification this instance stores is sent at once to the
 * member's connections here; what was stored while a connection was away, or by another instance,
 * is read from the inbox: at connect (a reconnect with {@code Last-Event-ID}, the last {@code seq}
 * received, resumes from there) and at every heartbeat. Instances number notifications
 * independently, so one may arrive with a lower number than one already sent: each connection
 * reads back {@link InAppNotifications#LOOK_BACK} and remembers what it sent, so nothing is missed
 * and nothing sent twice; the portal also drops an id it already has.
 *
 * <p>On shutdown every open stream is ended just before the web server's graceful shutdown begins:
 * a stream never finishes by itself, so the server would otherwise wait out the whole shutdown
 * timeout (30 s) with it and then cut it. The browser reconnects after the stream's 3 s retry, to
 * another instance, with its Last-Event-ID, and misses nothing.
 */
@Service
public class LiveStreams implements SmartLifecycle {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);

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

    /**
     * Sends a notification just stored here to each of its recipient's connections: no read, as
     * it is what the inbox now holds.
     */
    public void send(Notification stored) {
        byMember.getOrDefault(stored.recipientId(), Set.of()).forEach(connection -> connection.sendOnce(stored));
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
            inbox.since(memberId, cursor, InAppNotifications.LOOK_BACK).stream().filter(n -> n.seq() <= cursor)
                    .forEach(n -> known.add(n.id()));
        }

        synchronized void catchUp() {
            for (Notification notification : inbox.since(memberId, cursor, InAppNotifications.LOOK_BACK)) {
                if (!sendOnce(notification)) {
                    return;
                }
            }
        }

        /** Sends the notification unless this connection already did; false when the connection is gone. */
        synchronized boolean sendOnce(Notification notification) {
            if (known.contains(notification.id())) {
                return true;
            }
            if (!send(SseEmitter.event().id(String.valueOf(notification.seq())).name("notification")
                    .data(notification.view(), MediaType.APPLICATION_JSON))) {
                return false;
            }
            channels.sent(ChannelMetrics.LIVE);
            cursor = Math.max(cursor, notification.seq());
            known.add(notification.id());
            if (known.size() > 1000) {
                known.remove(known.iterator().next());
            }
            return true;
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
