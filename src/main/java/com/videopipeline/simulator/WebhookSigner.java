package com.videopipeline.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook the Standard Webhooks way, as OpenAI does: {@code v1,} + base64 HMAC-SHA256 over
 * {@code id.timestamp.body}, keyed by the base64 after {@code whsec_}. Written apart from the pipeline's verifier
 * on purpose, so the two check each other.
 */
final class WebhookSigner {

    private final byte[] key;

    WebhookSigner(String secret) {
        this.key = secret.startsWith("whsec_")
                ? Base64.getDecoder().decode(secret.substring("whsec_".length()))
                : secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code webhook-signature} header value for this delivery. */
    String signature(String webhookId, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSigner[redacted]";
    }
}
