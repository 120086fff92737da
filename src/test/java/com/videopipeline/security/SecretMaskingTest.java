package com.videopipeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMaskingTest {

    @Test
    void shouldMaskTheSigningParametersOfSignedUrlsButKeepHostAndPath() {
        String s3 = "https://videos.s3.amazonaws.com/launch/teaser.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261124%2Fus-east-1%2Fs3%2Faws4_request"
                + "&X-Amz-Date=20261124T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=3f1c0e2b9d8a7f6e5d4c3b2a19081726354433221100ffeeddccbbaa99887766";
        String runway = "https://dnznrvs05pmza.cloudfront.net/out/task-1.mp4?_jwt=abc.def.ghi-1234567890";
        String simulator = "http://127.0.0.1:8091/runway/outputs/job-7.mp4?exp=1795522568&sig=0a1b2c3d4e5f60718293";

        String masked = SecretMasking.mask("downloading " + s3 + " then " + runway + " and " + simulator);

        assertThat(masked).contains("https://videos.s3.amazonaws.com/launch/teaser.mp4?X-Amz-Algorithm=AWS4")
                .contains("X-Amz-Credential=***&").contains("X-Amz-Signature=***")
                .contains("teaser.mp4").contains("/out/task-1.mp4?_jwt=***")
                .contains("job-7.mp4?exp=1795522568&sig=***")
                .doesNotContain("3f1c0e2b9d8a7f6e").doesNotContain("AKIAIOSFODNN7EXAMPLE")
                .doesNotContain("abc.def.ghi").doesNotContain("0a1b2c3d4e5f60718293");
    }

    @Test
    void shouldMaskProviderKeysWebhookSecretsAndAwsKeyIdsWherever() {
        String masked = SecretMasking.mask("keys sk-proj-AbCdEf0123456789xyz and key_9f8e7d6c5b4a3210fedc,"
                + " secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw and AKIAIOSFODNN7EXAMPLE in text");

        assertThat(masked).isEqualTo("keys sk-*** and key_***, secret whsec_*** and AKIA*** in text");
        assertThat(SecretMasking.mask("webhook msg_sk-live-abcdefgh12345678 refused")).isEqualTo(
                "webhook msg_sk-*** refused");
        assertThat(SecretMasking.mask("a task-abcdefgh12345678 and monkey_business_plan")).as("not after letters")
                .isEqualTo("a task-abcdefgh12345678 and monkey_business_plan");
    }

    @Test
    void shouldMaskBearerAndBasicCredentialsAndJwts() {
        String masked = SecretMasking.mask("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig-part"
                + " / Authorization=Basic dXNlcjpwYXNzd29yZA== / token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.x");

        assertThat(masked).contains("Bearer ***").contains("Basic ***").doesNotContain("eyJhbGciOiJIUzI1NiJ9")
                .doesNotContain("dXNlcjpwYXNzd29yZA==");
    }

    @Test
    void shouldMaskTheValueOfSecretLookingAssignmentsInPropertiesHeadersAndJson() {
        String masked = SecretMasking.mask("password=hunter2-long-enough OPENAI_API_KEY=abc123 X-API-Key: my-api-key-1"
                + " pipeline.api.key=0123456789abcdef {\"client_secret\": \"s3cr3t-value\", \"token\":\"t0k3n\"}"
                + " spring.datasource.password: db-pass");

        assertThat(masked).contains("password=***").contains("OPENAI_API_KEY=***").contains("X-API-Key: ***")
                .contains("pipeline.api.key=***").contains("\"client_secret\": \"***\"").contains("\"token\":\"***\"")
                .contains("spring.datasource.password: ***")
                .doesNotContain("hunter2").doesNotContain("abc123").doesNotContain("my-api-key-1")
                .doesNotContain("0123456789abcdef").doesNotContain("s3cr3t").doesNotContain("t0k3n")
                .doesNotContain("db-pass");
    }

    @Test
    void shouldLeaveOrdinaryLinesAlone() {
        String line = "batch launch-20261124-101500: 37/100 delivered, 2 failed, 61 in flight"
                + " (runway: downloaded 1048576 bytes from http://127.0.0.1:8091/runway/outputs/job-7.mp4)";

        assertThat(SecretMasking.mask(line)).isEqualTo(line);
        assertThat(SecretMasking.mask("OpenAI webhook msg_forged refused with 401")).contains("msg_forged");
        assertThat(SecretMasking.mask(null)).isNull();
    }

    @Test
    void shouldNotMaskTwice() {
        String once = SecretMasking.mask("password=hunter2-long-enough and sk-abcdef123456");

        assertThat(SecretMasking.mask(once)).isEqualTo(once).isEqualTo("password=*** and sk-***");
    }
}
