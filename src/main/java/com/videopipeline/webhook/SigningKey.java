package com.videopipeline.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC key of a Standard Webhooks secret: {@code whsec_} followed by base64 is decoded (as OpenAI's and the
 * Standard Webhooks libraries do); any other secret is used as its UTF-8 bytes (as OpenAI's SDK does). Never printed.
 */
final class SigningKey {

    private static final String PREFIX = "whsec_";

    private final byte[] key;

    private SigningKey(byte[] key) {
        this.key = key;
    }

    /** The key of {@code secret}; the error never repeats the secret. */
    static SigningKey of(String secret) {
        String trimmed = secret.trim();
        if (!trimmed.startsWith(PREFIX)) {
            return new SigningKey(trimmed.getBytes(StandardCharsets.UTF_8));
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(trimmed.substring(PREFIX.length()));
            if (decoded.length == 0) {
                throw new IllegalArgumentException("empty");
            }
            return new SigningKey(decoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the webhook signing secret starts with whsec_ but what follows is not"
                    + " base64: copy the whole secret from the provider's dashboard");
        }
    }

    /** HMAC-SHA256 of {@code parts}, in order, under this key. */
    byte[] sign(byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "SigningKey[redacted]";
    }
}
