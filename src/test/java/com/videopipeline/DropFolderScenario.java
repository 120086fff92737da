package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.media.ExternalTools;
import com.videopipeline.media.Mp4Info;
import com.videopipeline.media.Mp4Inspector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The whole path for real: sample prompt files dropped into an inbox become verified MP4s, sidecars, manifests and
 * per-line reports, through the real routes, the real provider clients and the simulator over HTTP. Run once per
 * ledger database by the concrete classes.
 */
abstract class DropFolderScenario {

    private static final Set<Class<?>> DROPPED = ConcurrentHashMap.newKeySet();

    private final ObjectMapper json = new ObjectMapper();
    private Path root;

    /** The folder this class's application works in. */
    abstract Path workDir();

    @BeforeEach
    void dropSamplesOnce() throws IOException {
        root = workDir();
        if (DROPPED.add(getClass())) {
            dropSamples(root);
        }
    }

    private static void dropSamples(Path root) throws IOException {
        Path inbox = root.resolve("inbox");
        Files.createDirectories(inbox.resolve("images"));
        Files.copy(Path.of("samples/images/acme-bottle.png"), inbox.resolve("images/acme-bottle.png"));
        for (String sample : List.of("spring-campaign.csv", "product-shots.jsonl", "ideas.txt", "teasers.yaml")) {
            PipelineTestSupport.dropSample(inbox, sample);
        }
        PipelineTestSupport.drop(inbox, "all-bad.jsonl", "{\"seconds\": 4}\nnot json at all\n");
    }

    @Test
    void shouldDeliverOneVerifiedMp4WithSidecarPerValidLineAndAManifestPerFile() throws Exception {
        List<Path> manifests = awaitManifests(4);

        List<JsonNode> delivered = new ArrayList<>();
        for (Path manifest : manifests) {
            JsonNode doc = json.readTree(manifest.toFile());
            assertThat(doc.at("/counts/failed").asInt()).as("failed jobs in %s", manifest).isZero();
            doc.get("jobs").forEach(delivered::add);
        }
        assertThat(delivered).hasSize(10);
        for (JsonNode job : delivered) {
            assertVideoMatchesSidecar(root.resolve("outbox").resolve(job.get("batch").asText()), job);
        }
    }

    @Test
    @EnabledIf("com.videopipeline.media.ExternalTools#ffprobeAvailable")
    void shouldDeliverVideosWhoseDurationAndSizeFfprobeConfirms() throws Exception {
        List<Path> manifests = awaitManifests(4);

        for (Path manifest : manifests) {
            for (JsonNode job : json.readTree(manifest.toFile()).get("jobs")) {
                Path video = manifest.resolveSibling(job.get("id").asText() + ".mp4");
                ExternalTools.Result probe = ExternalTools.run("ffprobe", "-v", "error", "-select_streams", "v:0",
                        "-show_entries", "stream=codec_name,width,height:format=duration", "-of", "json",
                        video.toString());
                JsonNode info = json.readTree(probe.stdout());
                assertThat(info.at("/streams/0/codec_name").asText()).isEqualTo("h264");
                assertThat(info.at("/streams/0/width").asInt() + "x" + info.at("/streams/0/height").asInt())
                        .isEqualTo(job.at("/request/size").asText());
                assertThat(info.at("/format/duration").asDouble())
                        .isCloseTo(job.at("/request/seconds").asDouble(), org.assertj.core.data.Offset.offset(0.1));
            }
        }
    }

    @Test
    void shouldReportEveryBadLineWithItsLineNumberAndReason() throws Exception {
        awaitManifests(4);

        JsonNode csv = report(".done/spring-campaign.csv.report.json");
        assertThat(csv.at("/summary/accepted").asInt()).isEqualTo(3);
        assertThat(line(csv, 5).get("reason").asText()).contains("id");
        assertThat(line(csv, 6).get("reason").asText()).contains("1000x1000");
        JsonNode jsonl = report(".done/product-shots.jsonl.report.json");
        assertThat(line(jsonl, 3).get("status").asText()).isEqualTo("rejected");
        JsonNode yaml = report(".done/teasers.yaml.report.json");
        assertThat(yaml.at("/summary/rejected").asInt()).isEqualTo(1);
        assertThat(yaml.toString()).contains("45");
    }

    @Test
    void shouldIngestTheSameContentOnlyOnceEvenUnderAnotherName() throws Exception {
        awaitManifests(4);

        PipelineTestSupport.drop(root.resolve("inbox"), "ideas-again.txt", Files.readString(Path.of("samples/ideas.txt")));

        Path report = root.resolve("inbox/.done/ideas-again.txt.report.json");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(report));
        JsonNode summary = json.readTree(report.toFile()).get("summary");
        assertThat(summary.get("outcome").asText()).contains("duplicate").contains("ideas-txt-");
        assertThat(summary.get("accepted").asInt()).isZero();
        assertThat(manifests(root.resolve("outbox"))).hasSize(4);
    }

    @Test
    void shouldMoveAFileWithoutAnyValidLineToTheErrorFolderWithItsReport() throws Exception {
        Path errorReport = root.resolve("inbox/.error/all-bad.jsonl.report.json");
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(errorReport));

        JsonNode report = json.readTree(errorReport.toFile());
        assertThat(Files.exists(root.resolve("inbox/.error/all-bad.jsonl"))).isTrue();
        assertThat(report.at("/summary/accepted").asInt()).isZero();
        assertThat(line(report, 1).get("reason").asText()).contains("prompt");
        assertThat(line(report, 2).get("status").asText()).isEqualTo("rejected");
    }

    private void assertVideoMatchesSidecar(Path batchDir, JsonNode manifestEntry) throws Exception {
        String id = manifestEntry.get("id").asText();
        JsonNode sidecar = json.readTree(batchDir.resolve(id + ".json").toFile());
        Path video = batchDir.resolve(id + ".mp4");
        Mp4Info info = new Mp4Inspector().inspect(video);
        String[] size = sidecar.at("/request/size").asText().split("x");
        assertThat(sidecar.get("status").asText()).isEqualTo("delivered");
        assertThat(info.width()).isEqualTo(Integer.parseInt(size[0]));
        assertThat(info.height()).isEqualTo(Integer.parseInt(size[1]));
        assertThat(info.durationSeconds()).isCloseTo(sidecar.at("/request/seconds").asDouble(),
                org.assertj.core.data.Offset.offset(0.1));
        assertThat(sidecar.get("sha256").asText()).isEqualTo(TestFiles.sha256(video));
        assertThat(sidecar.get("providerJobId").asText()).isNotBlank();
        assertThat(sidecar.at("/verification/passed").asBoolean()).isTrue();
        assertThat(sidecar.get("actualCostUsd").decimalValue()).as("real seconds at the model's price")
                .isEqualByComparingTo(sidecar.get("estimatedCostUsd").decimalValue());
    }

    private List<Path> awaitManifests(int count) throws IOException {
        Path outbox = root.resolve("outbox");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> manifests(outbox).size() >= count);
        return manifests(outbox);
    }

    private static List<Path> manifests(Path outbox) throws IOException {
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(outbox, 2)) {
            return walk.filter(p -> p.getFileName().toString().equals("manifest.json")).toList();
        }
    }

    private JsonNode report(String relative) throws IOException {
        return json.readTree(root.resolve("inbox").resolve(relative).toFile());
    }

    private static JsonNode line(JsonNode report, int line) {
        for (JsonNode entry : report.get("lines")) {
            if (entry.get("line").asInt() == line) {
                return entry;
            }
        }
        throw new AssertionError("no entry for line " + line + " in " + report);
    }
}
