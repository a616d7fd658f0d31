package org.lfpl.gateway.protection;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.lfpl.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The request target (path and query) must be well formed before anything reads it: every
 * percent-escape complete and the bytes they spell valid UTF-8 (no overlong forms, no lone
 * surrogates). Otherwise a 400 problem here, rather than a service's servlet container answering
 * with its own HTML page or failing on the parameter later. Runs first, before security.
 *
 * <p>Also the answer when Spring Security's firewall refuses a request (an encoded slash, a NUL,
 * {@code ..} in the path): the same 400 problem+json instead of an empty body.
 */
public final class StrictRequestTargets implements WebFilter, Ordered, ServerExchangeRejectedHandler {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String rawPath = exchange.getRequest().getURI().getRawPath();
        String rawQuery = exchange.getRequest().getURI().getRawQuery();
        if (!wellFormed(rawPath) || (rawQuery != null && !wellFormed(rawQuery.replace('+', ' ')))) {
            return ProblemResponses.write(exchange, HttpStatus.BAD_REQUEST, "malformed-request-target",
                    "The request's path or query is not valid percent-encoded UTF-8.");
        }
        return chain.filter(exchange);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException refused) {
        return ProblemResponses.write(exchange, HttpStatus.BAD_REQUEST, "malformed-request-target",
                "The request's path or query is not allowed (encoded slashes, backslashes, NUL or control characters, "
                        + "or dot segments).");
    }

    /** Whether the percent-escapes are complete and decode to valid UTF-8. */
    static boolean wellFormed(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException malformed) {
            return false;
        }
    }
}
