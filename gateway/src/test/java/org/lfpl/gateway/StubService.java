package org.lfpl.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for every service behind the gateway: answers 200 {"ok":true} and records what arrived
 * ({@code "METHOD /path Authorization"}). Paths under {@code /api/v1/members/flaky} drop the first
 * connection of every two without an answer, as a service that crashed mid-request would; paths under
 * {@code /api/v1/members/slow} take 300 ms. Upload bodies (paths ending in {@code /versions}) are
 * counted as they arrive ({@link #uploadBytes}).
 */
final class StubService {

    final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The most requests the stub was answering at once. */
    final AtomicInteger mostAtOnce = new AtomicInteger();
    /** How long an OpenAPI spec takes to answer (0: at once), to play a service that went silent. */
    volatile long specSilenceMillis;
    /** Bytes of upload bodies read so far, counted while they arrive. */
    final java.util.concurrent.atomic.AtomicLong uploadBytes = new java.util.concurrent.atomic.AtomicLong();
    private final HttpServer server;

    StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
            server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            try (InputStream body = exchange.getRequestBody()) {
                byte[] chunk = new byte[8192];
                for (int n; (n = body.read(chunk)) > 0; ) {
                    if (path.endsWith("/versions")) {
                        uploadBytes.addAndGet(n);
                    }
                }
            }
            received.add(exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            if (path.startsWith("/api/v1/members/slow")) {
                mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                }
            }
            if (path.equals("/v3/api-docs") && specSilenceMillis > 0) {
                try {
                    Thread.sleep(specSilenceMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (path.startsWith("/api/v1/members/flaky") && flakyCalls.getAndIncrement() % 2 == 0) {
                exchange.close(); // no status line: the gateway sees the connection end
                return;
            }
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What arrived, without the credentials: {@code "METHOD /path"}. */
    List<String> paths() {
        return received.stream().map(line -> line.split(" ")[0] + " " + line.split(" ")[1]).toList();
    }

    void stop() {
        server.stop(0);
    }
}
