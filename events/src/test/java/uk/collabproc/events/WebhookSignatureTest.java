package uk.collabproc.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The Standard Webhooks specification's published test vector: what its reference libraries compute. */
    @Test
    void signsAsTheStandardWebhooksReferenceDoes() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"));
    }

    @Test
    void theTimestampIsSignedSoAReplayedSignatureDoesNotFitANewTimestamp() {
        String secret = WebhookSignature.newSecret();

        assertNotEquals(WebhookSignature.sign(secret, "id", 1614265330, "{}"), WebhookSignature.sign(secret, "id", 1614265331, "{}"));
    }

    @Test
    void aNewSecretIsTwentyFourRandomBytesInTheStandardForm() {
        String secret = WebhookSignature.newSecret();

        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals(24, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);
        assertNotEquals(secret, WebhookSignature.newSecret());
    }
}
