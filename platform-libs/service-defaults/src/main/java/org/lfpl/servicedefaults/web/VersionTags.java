package org.lfpl.servicedefaults.web;

import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.http.HttpStatus;

/**
 * Optimistic locking over HTTP: an aggregate's version as its ETag, and the version a client's
 * {@code If-Match} says it read. Absent, blank or {@code *} means "whatever is current" (RFC 9110).
 */
public final class VersionTags {

    private VersionTags() {}

    /** The ETag of a stored version; an aggregate not saved yet counts as version 0. */
    public static String etag(Long version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    /** The version the client read, or null when it did not say; a tag this service never gave out is a 412. */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.trim().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-update",
                    "If-Match does not name a version this service gave out, such as \"3\".");
        }
    }
}
