package com.videopipeline.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Recipients chosen per campaign, then origin, then the default; the password never shown; bad settings refused. */
class EmailPropertiesTest {

    @Test
    void shouldPreferTheCampaignsRecipientsThenTheOriginsThenTheDefault() {
        EmailProperties props = props(true, "hunter2-smtp", Duration.ofDays(1));

        assertThat(props.recipientsFor("campaign", "spring-sale")).containsExactly("marketing@example.com");
        assertThat(props.recipientsFor("campaign", "other")).containsExactly("campaigns@example.com");
        assertThat(props.recipientsFor("api", null)).containsExactly("team@example.com");
        assertThat(props.recipientsFor("folder", "spring-sale")).containsExactly("marketing@example.com");
    }

    @Test
    void shouldNeverShowThePasswordInToString() {
        assertThat(props(true, "hunter2-smtp", Duration.ofDays(1)).toString())
                .doesNotContain("hunter2-smtp").contains("password=(set)");
        assertThat(props(true, "", Duration.ofDays(1)).toString()).contains("password=(none)");
    }

    @Test
    void shouldRefuseALinkExpiryBeyondWhatS3Signs() {
        assertThatThrownBy(() -> props(false, "", Duration.ofDays(8))).hasMessageContaining("at most 7d");
    }

    @Test
    void shouldRefuseToBeEnabledWithoutRecipients() {
        assertThatThrownBy(() -> new EmailProperties(true, "a@example.com", List.of(), Map.of(), Map.of(), "h", 25,
                "", "", EmailProperties.Security.NONE, "", DataSize.ofMegabytes(1), DataSize.ofMegabytes(5),
                Duration.ofDays(1), 3, Duration.ofSeconds(1), 100))
                .hasMessageContaining("recipients");
    }

    private static EmailProperties props(boolean enabled, String password, Duration expiry) {
        return new EmailProperties(enabled, "pipeline@example.com", List.of("team@example.com"),
                Map.of("campaign", List.of("campaigns@example.com")),
                Map.of("spring-sale", List.of("marketing@example.com")), "localhost", 25, "digest", password,
                EmailProperties.Security.STARTTLS, "", DataSize.ofMegabytes(1), DataSize.ofMegabytes(5), expiry, 3,
                Duration.ofSeconds(1), 100);
    }
}
