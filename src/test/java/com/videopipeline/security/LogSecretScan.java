package com.videopipeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.TestSecrets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The suite-wide guard of issue #8's "no secret in any log": run by Maven after every other test (its own failsafe
 * execution in the verify phase, see pom.xml), it reads every log the suite wrote (each test class's captured
 * output, test reports, the child processes' logs) and looks for each secret the tests configured, in clear and
 * URL-encoded, and for unmasked credential shapes of any value. Its name matches no test pattern on
 * purpose: run alone, before the others, it would prove nothing.
 */
class LogSecretScan {

    /** Credential shapes that must never appear unmasked, whatever their value. */
    private static final Map<String, Pattern> SHAPES = Map.of(
            "bearer token", Pattern.compile("Bearer [A-Za-z0-9._~+/-]{8,}"),
            "basic credentials", Pattern.compile("Basic [A-Za-z0-9+/]{8,}={0,2}"),
            "OpenAI key", Pattern.compile("\\bsk-(?!local-simulator\\b)[A-Za-z0-9_-]{12,}"),
            "webhook secret", Pattern.compile("whsec_[A-Za-z0-9+/=]{12,}"),
            "presigned URL signature", Pattern.compile("X-Amz-Signature=[0-9a-f]{16,}"),
            "AWS access key id", Pattern.compile("\\bAKIA[A-Z0-9]{12,}"),
            "password value", Pattern.compile(
                    "(?i)password[\"']?\\s*[=:]\\s*[\"']?(?![*(\\s\"'&,}]|\\$\\{)[^\\s\"'&,]{4,}"));

    @Test
    void shouldFindNoSecretInAnyLogOfTheTestSuite() throws IOException {
        List<Path> logs = logs();
        assertThat(logs).as("the surefire output of the suite, in %s", System.getProperty("scan.logs"))
                .anyMatch(p -> p.getFileName().toString().endsWith("-output.txt"));

        Map<String, String> needles = needles();
        List<String> leaks = new ArrayList<>();
        for (Path log : logs) {
            leaks.addAll(leaks(log, needles));
        }
        assertThat(leaks).as("secrets found in %d logs (named, never shown)", logs.size()).isEmpty();
    }

    @Test
    void shouldRecogniseEachSecretAndShapeItLooksFor() {
        Map<String, String> needles = needles();
        TestSecrets.all().forEach((name, value) ->
                assertThat(hits("configured " + value + " here", needles)).as(name).isNotEmpty());
        assertThat(hits("Authorization: Bearer abcdefgh12345", needles)).containsExactly("bearer token");
        assertThat(hits("spring.mail.password=letmein99", needles)).containsExactly("password value");
        assertThat(hits("password=****** password=(set) password: ${SMTP_PASSWORD:}", needles)).isEmpty();
        assertThat(hits("Bearer ***** against sk-local-simulator", needles)).isEmpty();
    }

    private static List<Path> logs() throws IOException {
        List<Path> logs = new ArrayList<>();
        for (String dir : System.getProperty("scan.logs", "target/surefire-reports").split(",")) {
            Path root = Path.of(dir.strip());
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(LogSecretScan::isLog).forEach(logs::add);
            }
        }
        return logs;
    }

    private static boolean isLog(Path file) {
        String name = file.getFileName().toString();
        return Stream.of(".txt", ".log", ".xml", ".dump", ".dumpstream").anyMatch(name::endsWith);
    }

    /** Each secret the tests configured, in clear and URL-encoded (as a form or query carries it). */
    private static Map<String, String> needles() {
        Map<String, String> needles = new LinkedHashMap<>();
        TestSecrets.all().forEach((name, value) -> {
            needles.put(name, value);
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
            if (!encoded.equals(value)) {
                needles.put(name + " (URL-encoded)", encoded);
            }
        });
        return needles;
    }

    private static List<String> leaks(Path log, Map<String, String> needles) throws IOException {
        List<String> leaks = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(log), decoder))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                for (String what : hits(line, needles)) {
                    leaks.add(log + ":" + number + ": " + what);
                }
            }
        }
        return leaks;
    }

    private static List<String> hits(String line, Map<String, String> needles) {
        List<String> hits = new ArrayList<>();
        needles.forEach((name, value) -> {
            if (line.contains(value)) {
                hits.add(name);
            }
        });
        SHAPES.forEach((name, shape) -> {
            if (shape.matcher(line).find()) {
                hits.add(name);
            }
        });
        return hits.stream().distinct().toList();
    }
}
