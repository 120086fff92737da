package com.videopipeline.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.videopipeline.TestSecrets;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The Standard Webhooks check: the specification's own vector, every way a delivery can be wrong, the secret's form. */
class StandardWebhooksTest {

    // the Standard Webhooks specification's published test vector
    private static final String SECRET = TestSecrets.WEBHOOK_SECRET;
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant SIGNED_AT = Instant.ofEpochSecond(Long.parseLong(TIMESTAMP));

    private final StandardWebhooks verifier = new StandardWebhooks(SigningKey.of(SECRET), Duration.ofMinutes(5));

    @Test
    void shouldAcceptTheSpecificationsTestVector() {
        assertThat(verify(ID, TIMESTAMP, SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Verdict.VALID);
    }

    @Test
    void shouldRefuseADeliverySignedWithAnotherSecret() {
        StandardWebhooks other = new StandardWebhooks(SigningKey.of("whsec_" + base64("another key")),
                Duration.ofMinutes(5));

        assertThat(other.verify(new WebhookHeaders(ID, TIMESTAMP, SIGNATURE), BODY, SIGNED_AT))
                .isEqualTo(Verdict.FORGED);
    }

    @Test
    void shouldRefuseADeliveryWhoseBodyIdOrTimestampChangedAfterSigning() {
        byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);

        assertThat(verify(ID, TIMESTAMP, SIGNATURE, tampered, SIGNED_AT)).as("body").isEqualTo(Verdict.FORGED);
        assertThat(verify("msg_other", TIMESTAMP, SIGNATURE, BODY, SIGNED_AT)).as("id").isEqualTo(Verdict.FORGED);
        assertThat(verify(ID, "1614265331", SIGNATURE, BODY, SIGNED_AT)).as("timestamp").isEqualTo(Verdict.FORGED);
        assertThat(verify(ID, TIMESTAMP, SIGNATURE, new byte[0], SIGNED_AT)).as("no body").isEqualTo(Verdict.FORGED);
    }

    @Test
    void shouldRefuseAGenuineDeliverySignedTooLongAgoOrTooFarAhead() {
        assertThat(verify(ID, TIMESTAMP, SIGNATURE, BODY, SIGNED_AT.plusSeconds(300))).isEqualTo(Verdict.VALID);
        assertThat(verify(ID, TIMESTAMP, SIGNATURE, BODY, SIGNED_AT.minusSeconds(300))).isEqualTo(Verdict.VALID);
        assertThat(verify(ID, TIMESTAMP, SIGNATURE, BODY, SIGNED_AT.plusSeconds(301))).as("old")
                .isEqualTo(Verdict.STALE);
        assertThat(verify(ID, TIMESTAMP, SIGNATURE, BODY, SIGNED_AT.minusSeconds(301))).as("from the future")
                .isEqualTo(Verdict.STALE);
    }

    @Test
    void shouldCallAnUnsignedOldDeliveryForgedNotStale() {
        assertThat(verify(ID, TIMESTAMP, "v1,AAAA", BODY, SIGNED_AT.plusSeconds(3600))).isEqualTo(Verdict.FORGED);
    }

    @Test
    void shouldAcceptWhenAnyOfSeveralSignaturesMatches() {
        String rotated = "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4= v1a,abc v1,%%%notbase64 " + SIGNATURE;

        assertThat(verify(ID, TIMESTAMP, rotated, BODY, SIGNED_AT)).isEqualTo(Verdict.VALID);
        assertThat(verify(ID, TIMESTAMP, "  " + SIGNATURE + "  ", BODY, SIGNED_AT)).isEqualTo(Verdict.VALID);
    }

    @Test
    void shouldRefuseTheRightSignatureUnderAnotherSchemeOrWithoutOne() {
        String digest = SIGNATURE.substring(3);

        assertThat(verify(ID, TIMESTAMP, "v2," + digest, BODY, SIGNED_AT)).isEqualTo(Verdict.FORGED);
        assertThat(verify(ID, TIMESTAMP, digest, BODY, SIGNED_AT)).isEqualTo(Verdict.FORGED);
        assertThat(verify(ID, TIMESTAMP, "v1=" + digest, BODY, SIGNED_AT)).isEqualTo(Verdict.FORGED);
    }

    @Test
    void shouldCallMissingOrMalformedHeadersMalformed() {
        assertThat(verify(null, TIMESTAMP, SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Verdict.MALFORMED);
        assertThat(verify("", TIMESTAMP, SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Verdict.MALFORMED);
        assertThat(verify("msg 1", TIMESTAMP, SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Verdict.MALFORMED);
        assertThat(verify("m".repeat(256), TIMESTAMP, SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Verdict.MALFORMED);
        assertThat(verify(ID, null, SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Verdict.MALFORMED);
        assertThat(verify(ID, "2021-02-25T15:02:10Z", SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Verdict.MALFORMED);
        assertThat(verify(ID, "-1614265330", SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Verdict.MALFORMED);
        assertThat(verify(ID, "1".repeat(13), SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Verdict.MALFORMED);
        assertThat(verify(ID, TIMESTAMP, null, BODY, SIGNED_AT)).isEqualTo(Verdict.MALFORMED);
        assertThat(verify(ID, TIMESTAMP, " ", BODY, SIGNED_AT)).isEqualTo(Verdict.MALFORMED);
    }

    @Test
    void shouldReadTheHeadersWhateverTheirCase() {
        Map<String, Object> headers = new HashMap<>();
        headers.put("Webhook-Id", ID);
        headers.put("WEBHOOK-TIMESTAMP", TIMESTAMP);
        headers.put("webhook-signature", SIGNATURE);
        headers.put("Content-Type", "application/json");

        assertThat(verifier.verify(WebhookHeaders.of(headers), BODY, SIGNED_AT)).isEqualTo(Verdict.VALID);
    }

    @Test
    void shouldSignTheBodysBytesAsReceivedWhateverTheyAre() throws Exception {
        byte[] body = {'{', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, 0, '}'};
        byte[] key = Base64.getDecoder().decode(SECRET.substring("whsec_".length()));

        String signature = "v1," + hmac(key, ID + "." + TIMESTAMP + ".", body);

        assertThat(verify(ID, TIMESTAMP, signature, body, SIGNED_AT)).isEqualTo(Verdict.VALID);
    }

    @Test
    void shouldDecodeAWhsecSecretAndUseAnyOtherAsItsUtf8Bytes() throws Exception {
        byte[] raw = {1, 2, 3, (byte) 0xFE, 42};
        String expected = hmac(raw, "m.1.", BODY);

        assertThat(SigningKey.of("whsec_" + Base64.getEncoder().encodeToString(raw)).sign("m.1.".getBytes(), BODY))
                .isEqualTo(Base64.getDecoder().decode(expected));
        assertThat(SigningKey.of("plain-secret").sign("m.1.".getBytes(), BODY))
                .isEqualTo(Base64.getDecoder().decode(hmac("plain-secret".getBytes(StandardCharsets.UTF_8),
                        "m.1.", BODY)));
    }

    @Test
    void shouldRefuseAWhsecSecretThatIsNotBase64WithoutRepeatingIt() {
        assertThatThrownBy(() -> SigningKey.of("whsec_not*base64*at-all"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whsec_")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not*base64*at-all"));
        assertThatThrownBy(() -> SigningKey.of("whsec_")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNeverPrintTheKey() {
        assertThat(SigningKey.of(SECRET).toString()).doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    }

    private Verdict verify(String id, String timestamp, String signature, byte[] body, Instant now) {
        return verifier.verify(new WebhookHeaders(id, timestamp, signature), body, now);
    }

    private static String hmac(byte[] key, String prefix, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update(prefix.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
