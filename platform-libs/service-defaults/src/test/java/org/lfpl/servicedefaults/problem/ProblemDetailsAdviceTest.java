package org.lfpl.servicedefaults.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** A save that lost a race with another one: what the caller is told depends on what it asked for. */
class ProblemDetailsAdviceTest {

    final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();
    final OptimisticLockingFailureException savedMeanwhile = new OptimisticLockingFailureException("version 3 expected");

    @Test
    void a_conditional_request_whose_version_was_replaced_meanwhile_is_412() {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/things/1");
        request.addHeader("If-Match", "\"3\"");

        ProblemDetail problem = advice.staleUpdate(savedMeanwhile, new ServletWebRequest(request));

        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(problem.getType().toString()).isEqualTo("urn:lfpl:problem:stale-update");
        assertThat(problem.getDetail()).doesNotContain("version 3");
    }

    @Test
    void an_unconditional_request_that_lost_a_race_is_409() {
        ProblemDetail problem = advice.staleUpdate(savedMeanwhile,
                new ServletWebRequest(new MockHttpServletRequest("PUT", "/api/v1/things/1")));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType().toString()).isEqualTo("urn:lfpl:problem:stale-update");
    }
}
