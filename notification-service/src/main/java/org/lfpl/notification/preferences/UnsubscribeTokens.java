package org.lfpl.notification.preferences;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The credential in an email's one-click unsubscribe link (RFC 8058): member and category, signed
 * with HMAC-SHA256 under the service's secret, so the link works without signing in and cannot be
 * forged for someone else.
 */
@Component
public class UnsubscribeTokens {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] secret;

    UnsubscribeTokens(@Value("${lfpl.notifications.unsubscribe-secret}") String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public record Subject(String memberId, String category) {}

    public String tokenFor(String memberId, String category) {
        String payload = ENCODE.encodeToString((memberId + "|" + category).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODE.encodeToString(sign(payload));
    }

    /** The member and category, if the token is one this service signed. */
    public Optional<Subject> read(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1 || token.length() > 512) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(payload), DECODE.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODE.decode(payload), StandardCharsets.UTF_8).split("\\|", 2);
            return parts.length == 2 ? Optional.of(new Subject(parts[0], parts[1])) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
