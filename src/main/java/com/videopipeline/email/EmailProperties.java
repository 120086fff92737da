package com.videopipeline.email;

import com.videopipeline.targets.TargetSwitch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The email digest target: one mail per completed batch, sent over SMTP. The password comes from the environment
 * only ({@code SMTP_PASSWORD}) and never appears in {@link #toString()}.
 *
 * @param recipients      addresses of every batch without an override
 * @param byOrigin        recipients per batch origin (folder, queue, api, campaign)
 * @param byCampaign      recipients per campaign name; wins over {@code byOrigin}
 * @param security        how the SMTP connection is protected: none, starttls (required: never falls back to clear
 *                        text) or ssl (TLS from the first byte, "SMTPS")
 * @param sslTrust        hosts whose certificate is trusted without checking it ({@code mail.smtp.ssl.trust}, "*" for
 *                        all); empty: the JVM's trust store, and the server's name must match its certificate
 * @param attachMaxBytes  videos at or under this size are attached; bigger ones are only linked
 * @param attachTotalMaxBytes the most a digest attaches in all: videos that would pass it are linked instead
 * @param linkExpiry      how long a presigned S3 link works (S3 allows at most 7 days)
 */
@Validated
@ConfigurationProperties("pipeline.delivery.email")
public record EmailProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("video-pipeline@localhost") String from,
        @DefaultValue List<String> recipients,
        @DefaultValue Map<String, List<String>> byOrigin,
        @DefaultValue Map<String, List<String>> byCampaign,
        @DefaultValue("localhost") String host,
        @DefaultValue("25") @Min(1) @Max(65535) int port,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("none") @NotNull Security security,
        @DefaultValue("") String sslTrust,
        @DefaultValue("10MB") @NotNull DataSize attachMaxBytes,
        @DefaultValue("18MB") @NotNull DataSize attachTotalMaxBytes,
        @DefaultValue("7d") @NotNull Duration linkExpiry,
        @DefaultValue("8") @Min(1) @Max(100) int maxAttempts,
        @DefaultValue("30s") @NotNull Duration retryDelay,
        @DefaultValue("2000") @Min(10) long tickMillis) implements TargetSwitch {

    /** How the connection to the SMTP server is protected. */
    public enum Security { NONE, STARTTLS, SSL }

    public EmailProperties {
        if (linkExpiry != null && (linkExpiry.isNegative() || linkExpiry.compareTo(Duration.ofDays(7)) > 0)) {
            throw new IllegalArgumentException("pipeline.delivery.email.link-expiry must be at most 7d (S3's limit)");
        }
        if (enabled && (from == null || from.isBlank() || recipients.isEmpty())) {
            throw new IllegalArgumentException("pipeline.delivery.email: enabled needs from and recipients");
        }
    }

    @Override
    public String target() {
        return "email";
    }

    /** True when the server asks who we are: a username is set. */
    boolean login() {
        return username != null && !username.isBlank();
    }

    /** The recipients of a batch: its campaign's override, else its origin's, else the default list. */
    List<String> recipientsFor(String origin, String campaign) {
        List<String> chosen = campaign == null ? null : byCampaign.get(campaign);
        if (chosen == null && origin != null) {
            chosen = byOrigin.get(origin);
        }
        return chosen == null ? recipients : chosen;
    }

    /** Everything but the password, which is only ever said to be set or not. */
    @Override
    public String toString() {
        return "EmailProperties[enabled=" + enabled + ", from=" + from + ", recipients=" + recipients + ", byOrigin="
                + byOrigin + ", byCampaign=" + byCampaign + ", host=" + host + ", port=" + port + ", username="
                + username + ", password=" + (password == null || password.isEmpty() ? "(none)" : "(set)")
                + ", security=" + security + ", sslTrust=" + sslTrust + ", attachMaxBytes=" + attachMaxBytes
                + ", attachTotalMaxBytes=" + attachTotalMaxBytes + ", linkExpiry=" + linkExpiry + "]";
    }
}
