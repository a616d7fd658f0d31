package org.lfpl.artefact.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.lfpl.servicedefaults.problem.Problems;

/**
 * A link artefact's address: absolute http(s) with a host, no credentials in it, no control
 * characters. It is stored and shown, never fetched by the server (no server-side request forgery).
 */
final class LinkAddress {

    private LinkAddress() {}

    static String checked(String url) {
        if (url == null || url.isBlank()) {
            throw Problems.invalid("url", "is required for a link");
        }
        String trimmed = url.strip();
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw Problems.invalid("url", "must not contain spaces or control characters");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw Problems.invalid("url", "is not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw Problems.invalid("url", "must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw Problems.invalid("url", "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw Problems.invalid("url", "must not carry a user name or password");
        }
        return trimmed;
    }
}
