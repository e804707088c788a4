package uk.collabproc.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures as the Standard Webhooks specification defines them, so that a subscriber's existing library verifies
 * ours: HMAC-SHA256 over "{id}.{timestamp}.{body}" with the subscription's key, sent as {@code webhook-signature:
 * v1,<base64>} beside {@code webhook-id} and {@code webhook-timestamp}. The timestamp is signed, so a receiver refuses
 * a replay by its age; the id stays the same across retries, so it discards a repeat.
 */
public final class WebhookSignature {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new signing secret: 24 random bytes, base64, after "whsec_". */
    public static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header's value for this message. */
    public static String sign(String secret, String id, long timestampSeconds, String body) {
        String encodedKey = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(encodedKey), "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
