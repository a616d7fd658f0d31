package org.lfpl.servicedefaults.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problems with stable type URIs ({@code urn:lfpl:problem:<slug>}), so clients can branch
 * on the type rather than parse the message. Domain code throws these; the web layer renders them.
 */
public final class Problems {

    private Problems() {}

    public static URI type(String slug) {
        return URI.create("urn:lfpl:problem:" + slug);
    }

    public static ProblemDetail detail(HttpStatusCode status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        return problem;
    }

    public static ErrorResponseException of(HttpStatus status, String slug, String detail) {
        return new ErrorResponseException(status, detail(status, slug, detail), null);
    }

    /** A 400 naming one field, for rules that span fields (an end before a start) or need the database. */
    public static ErrorResponseException invalid(String field, String message) {
        ProblemDetail problem = detail(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields.");
        problem.setProperty("errors", java.util.List.of(new FieldError(field, message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    /** Also what a caller gets for someone else's object, so existence does not leak. */
    public static ErrorResponseException notFound(String what) {
        return of(HttpStatus.NOT_FOUND, "not-found", what + " was not found.");
    }

    public static ErrorResponseException conflict(String slug, String detail) {
        return of(HttpStatus.CONFLICT, slug, detail);
    }

    /** The request is well formed but breaks a rule of the domain. */
    public static ErrorResponseException ruleBroken(String slug, String detail) {
        return of(HttpStatus.UNPROCESSABLE_CONTENT, slug, detail);
    }
}
