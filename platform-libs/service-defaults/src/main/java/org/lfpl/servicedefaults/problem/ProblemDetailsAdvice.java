package org.lfpl.servicedefaults.problem;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a service returns is problem+json. Validation failures list each field with its
 * message; unreadable bodies say so without echoing parser internals; concurrency conflicts are
 * 409 (412 for a conditional request); anything unexpected is a 500 that is logged here and tells
 * the caller nothing internal.
 */
// Ahead of any other advice, so every service answers errors in this one format.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return invalid(errors, ex, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return invalid(errors, ex, headers, request);
    }

    private ResponseEntity<Object> invalid(List<FieldError> errors, Exception ex, HttpHeaders headers,
            WebRequest request) {
        ProblemDetail problem = Problems.detail(HttpStatus.BAD_REQUEST, "invalid-request",
                "The request has invalid fields.");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.detail(HttpStatus.BAD_REQUEST, "unreadable-body",
                "The request body is missing or is not valid JSON of the expected shape.");
        FieldError field = fieldOf(ex.getMostSpecificCause());
        if (field != null) {
            problem.setProperty("errors", List.of(field));
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * The field a body could not be read at, when JSON was well formed but did not fit: a field the
     * operation does not have, or a value of the wrong type ({@code "capacity": "lots"}).
     */
    static FieldError fieldOf(Throwable cause) {
        if (!(cause instanceof DatabindException mismatch) || mismatch.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : mismatch.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        String where = path.length() > 200 ? path.substring(0, 200) + "…" : path.toString();
        if (where.isEmpty()) {
            return null;
        }
        return new FieldError(where, cause instanceof UnrecognizedPropertyException ? "is not a field of this request"
                : "has a value of the wrong type or shape");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        ProblemDetail problem = Problems.detail(HttpStatus.BAD_REQUEST, "invalid-request",
                "The request has invalid fields.");
        problem.setProperty("errors", List.of(new FieldError(ex.getName(), "has an invalid value")));
        return problem;
    }

    /**
     * Another save got in between this request's read and its write. A caller that sent
     * {@code If-Match} based its change on a version that is no longer current: 412, the same answer
     * as when the version was already stale on arrival.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleUpdate(OptimisticLockingFailureException ex, WebRequest request) {
        HttpStatus status = request.getHeader(HttpHeaders.IF_MATCH) != null ? HttpStatus.PRECONDITION_FAILED
                : HttpStatus.CONFLICT;
        return Problems.detail(status, "stale-update", "Someone else changed this in the meantime. Reload it and try again.");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException ex) {
        return Problems.detail(HttpStatus.CONFLICT, "duplicate", "This already exists.");
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ProblemDetail unauthenticated(AuthenticationCredentialsNotFoundException ex) {
        return Problems.detail(HttpStatus.UNAUTHORIZED, "unauthorized", "A valid bearer token is required.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException ex) {
        return Problems.detail(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this.");
    }

    /**
     * Spring's own problems (405, 406, 415, a missing parameter...) carry type about:blank; every
     * problem of the platform has a stable type a client can branch on.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse error) {
            body = error.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(Problems.type(slugOf(statusCode)));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    static String slugOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> status.is4xxClientError() ? "client-error" : "server-error";
        };
    }

    /** A multipart body sent where JSON is expected, or one without a boundary: the body cannot be read. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException ex) {
        return Problems.detail(HttpStatus.BAD_REQUEST, "unreadable-body",
                "The request body is missing or is not valid JSON of the expected shape.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            // Tomcat refuses a parameter that is not valid UTF-8 when it is first read.
            if (cause.getClass().getName().endsWith(".InvalidParameterException")) {
                ProblemDetail problem = Problems.detail(HttpStatus.BAD_REQUEST, "invalid-request",
                        "The request has invalid fields.");
                problem.setProperty("errors", List.of(new FieldError("query", "is not valid UTF-8")));
                return problem;
            }
        }
        log.error("Unexpected error", ex);
        return Problems.detail(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side. It has been logged.");
    }
}
