package org.lfpl.servicedefaults.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests run on virtual threads, so no thread pool bounds how many run at once: under an
 * overload every request's buffers would land in the heap together (a 300 requests/s open loop ran
 * a 256 MB service out of memory). At most {@code limit} requests are served at once; the rest wait
 * their turn (a parked virtual thread is cheap), and one that waits longer than {@code wait} is
 * answered 503 problem+json with Retry-After. Long-lived streams (server-sent events) release their
 * place once their handler has returned.
 */
public final class RequestsInFlight extends OncePerRequestFilter {

    private final Semaphore places;
    private final Duration wait;

    public RequestsInFlight(int limit, Duration wait) {
        this.places = new Semaphore(limit, true);
        this.wait = wait;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setStatus(503);
            response.setHeader("Retry-After", "1");
            response.setContentType("application/problem+json");
            response.getOutputStream().write(("{\"type\":\"urn:lfpl:problem:busy\",\"title\":\"Service Unavailable\","
                    + "\"status\":503,\"detail\":\"The service is busy. Try again in a second.\"}")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }
}
