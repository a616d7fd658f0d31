package org.lfpl.servicedefaults.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** At most N requests are served at once; the next waits its turn, and past its wait it is a 503 problem. */
class RequestsInFlightTest {

    @Test
    void a_request_over_the_limit_waits_for_a_place_and_past_its_wait_is_told_to_come_back() throws Exception {
        RequestsInFlight limit = new RequestsInFlight(2, Duration.ofMillis(200));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(2);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> first = threads.submit(() -> serve(limit, started, release));
            Future<?> second = threads.submit(() -> serve(limit, started, release));
            started.await();

            MockHttpServletResponse refused = new MockHttpServletResponse();
            limit.doFilter(new MockHttpServletRequest("GET", "/api/v1/x"), refused, (req, res) -> { });
            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
            assertThat(refused.getContentAsString()).contains("urn:lfpl:problem:busy");

            Future<Integer> waiting = threads.submit(() -> {
                MockHttpServletResponse response = new MockHttpServletResponse();
                limit.doFilter(new MockHttpServletRequest("GET", "/api/v1/x"), response, (req, res) -> { });
                return response.getStatus();
            });
            Thread.sleep(50);
            release.countDown();
            first.get();
            second.get();
            assertThat(waiting.get()).as("served once a place was free").isEqualTo(200);
        }
    }

    private static Void serve(RequestsInFlight limit, CountDownLatch started, CountDownLatch release) throws Exception {
        limit.doFilter(new MockHttpServletRequest("GET", "/api/v1/slow"), new MockHttpServletResponse(), (req, res) -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return null;
    }
}
