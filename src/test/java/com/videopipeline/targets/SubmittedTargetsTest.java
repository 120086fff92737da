package com.videopipeline.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.videopipeline.email.EmailProperties;
import com.videopipeline.s3.S3Properties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * A submission's batch-level {@code targets}, read from its body, checked against what is switched on here (S3 on,
 * email off, as their settings records say), and the settings' own targets checked at start.
 */
class SubmittedTargetsTest {

    private final SubmittedTargets targets = new SubmittedTargets(new TargetSwitches(List.of(s3(true), email(false))));

    @Test
    void shouldReadTheEnvelopesTargetsAsAListOrOneStringWithTheOutboxFirst() {
        assertThat(targets.read("{\"name\": \"n\", \"requests\": [{\"prompt\": \"p\"}], \"targets\": [\"S3\"]}"))
                .containsExactly("outbox", "s3");
        assertThat(targets.read("{\"targets\": \"s3, outbox\", \"requests\": []}")).containsExactly("outbox", "s3");
    }

    @Test
    void shouldLeaveTargetsOfASingleRequestOrAnArrayToTheRequestItself() {
        assertThat(targets.read("{\"prompt\": \"p\", \"targets\": [\"email\"]}")).isEmpty();
        assertThat(targets.read("[{\"prompt\": \"p\", \"targets\": [\"email\"]}]")).isEmpty();
        assertThat(targets.read("{\"name\": \"n\", \"requests\": [{\"prompt\": \"p\"}]}")).isEmpty();
        assertThat(targets.read("{\"requests\": [ cut off")).as("unreadable: the entries' reader says why").isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownTargetOrOneSwitchedOffNamingIt() {
        assertThatThrownBy(() -> targets.read("{\"requests\": [], \"targets\": [\"outbox\", \"ftp\"]}"))
                .hasMessage("targets: unknown target 'ftp' (known: outbox, s3, email)");
        assertThatThrownBy(() -> targets.read("{\"requests\": [], \"targets\": [\"email\"]}"))
                .hasMessage("targets: email is not enabled here (pipeline.delivery.email.enabled is false)");
        assertThatThrownBy(() -> targets.read("{\"requests\": [], \"targets\": {\"s3\": true}}"))
                .hasMessageStartingWith("targets: must be a list of target names");
    }

    @Test
    void shouldRefuseAnUnknownTargetInTheSettingsAtStart() {
        assertThatThrownBy(() -> new TargetProperties(List.of("outbox"), Map.of("queue", List.of("outbox", "sftp"))))
                .hasMessageContaining("pipeline.delivery.targets.by-origin.queue: unknown target 'sftp'");
        assertThat(new TargetProperties(List.of("outbox"), Map.of("api", List.of("outbox", "email")))
                .forOrigin("api")).containsExactly("outbox", "email");
        assertThat(new TargetProperties(List.of("outbox"), Map.of()).forOrigin("folder")).containsExactly("outbox");
    }

    private static S3Properties s3(boolean enabled) {
        return new S3Properties(enabled, "s3://videos", Map.of(), Map.of(), "{campaign}/{date}/{batch}/{id}.mp4",
                "{campaign}/{date}/{batch}/{file}", "us-east-1", null, false, DataSize.ofMegabytes(16), 3,
                Duration.ofSeconds(1), 1000, 8);
    }

    private static EmailProperties email(boolean enabled) {
        return new EmailProperties(enabled, "pipeline@example.com", List.of("team@example.com"), Map.of(), Map.of(),
                "localhost", 25, "", "", EmailProperties.Security.NONE, "", DataSize.ofMegabytes(10),
                DataSize.ofMegabytes(18), Duration.ofDays(1), 3, Duration.ofSeconds(1), 100);
    }
}
