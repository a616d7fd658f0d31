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
 * {@code /api/v1/members/slow} take 300 ms.
 */
final class StubService {

    final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The most requests the stub was answering at once. */
    final AtomicInteger mostAtOnce = new AtomicInteger();
    private final HttpServer server;

    StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
            server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            String path = exchange.getRequestURI().getPath();
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
