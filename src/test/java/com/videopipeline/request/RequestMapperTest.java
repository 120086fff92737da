package com.videopipeline.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestMapperTest {

    private static final RequestDefaults DEFAULTS = new RequestDefaults(8, new VideoSize(1280, 720), 24);

    @TempDir
    Path root;

    private Path inbox;
    private DropContext ctx;
    private final RequestMapper mapper = new RequestMapper(DEFAULTS);

    @BeforeEach
    void createInbox() throws IOException {
        inbox = Files.createDirectory(root.resolve("inbox"));
        ctx = DropContext.forFile(inbox.resolve("batch.jsonl"));
    }

    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private LineOutcome mapLine(int line, Object... namesAndValues) {
        return mapper.map(RawLine.of(line, fields(namesAndValues)), ctx);
    }

    private LineOutcome map(Object... namesAndValues) {
        return mapLine(1, namesAndValues);
    }

    private VideoRequest accepted(Object... namesAndValues) {
        LineOutcome outcome = map(namesAndValues);
        assertThat(outcome.error()).isNull();
        assertThat(outcome.accepted()).isTrue();
        return outcome.request();
    }

    private String rejected(Object... namesAndValues) {
        LineOutcome outcome = map(namesAndValues);
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.request()).isNull();
        return outcome.error();
    }

    @Test
    void shouldAcceptOnlyHttpsMediaFromEntriesThatCameWithoutAFolder() {
        ctx = DropContext.withoutFolder(null);

        assertThat(rejected("prompt", "p", "image", "cat.png"))
                .isEqualTo("image 'cat.png' must be an https:// URL (local files are accepted only from the drop folder)");
        assertThat(accepted("prompt", "p", "image", "https://cdn.example.com/cat.png").image()).isNotNull();
    }

    @Test
    void shouldApplyDefaultsForSecondsSizeAndFps() {
        VideoRequest request = accepted("prompt", "  a cat on a roof  ");

        assertThat(request.prompt()).isEqualTo("a cat on a roof");
        assertThat(request.seconds()).isEqualTo(8);
        assertThat(request.size()).isEqualTo(new VideoSize(1280, 720));
        assertThat(request.fps()).isEqualTo(24);
        assertThat(request.image()).isNull();
        assertThat(request.tags()).isEmpty();
        assertThat(request.inputKind()).isEqualTo("text");
    }

    @Test
    void shouldTreatEmptyCellsAndNullsAsAbsent() {
        VideoRequest request = accepted("id", "", "prompt", "a cat", "seconds", "", "size", " ", "fps", null,
                "provider", "", "image", "", "seed", "", "tags", "");

        assertThat(request.id()).startsWith("v-");
        assertThat(request.seconds()).isEqualTo(8);
        assertThat(request.size()).isEqualTo(new VideoSize(1280, 720));
        assertThat(request.provider()).isNull();
        assertThat(request.seed()).isNull();
    }

    @Test
    void shouldLetALineOptOutOfTheResultCache() {
        assertThat(accepted("prompt", "a cat").cache()).isTrue();
        assertThat(accepted("prompt", "a cat", "cache", "false").cache()).isFalse();
        assertThat(accepted("prompt", "a cat", "cache", "no").cache()).isFalse();
        assertThat(map("prompt", "a cat", "cache", "maybe").error()).contains("cache 'maybe' must be true or false");
    }

    @Test
    void shouldMapEveryFieldAsWritten() throws IOException {
        Path image = Files.createFile(Files.createDirectory(inbox.resolve("img")).resolve("cat.PNG"));

        VideoRequest request = accepted("id", "Clip_01.v2", "prompt", "a cat", "seconds", "10", "size", "1920x1080",
                "fps", 30, "provider", " OpenAI ", "model", " sora-2 ", "image", "img/cat.PNG",
                "negative_prompt", " blurry ", "seed", "4294967295", "tags", "pets; outdoor | cats ,x");

        assertThat(request).isEqualTo(new VideoRequest("Clip_01.v2", "a cat", 10, new VideoSize(1920, 1080), 30,
                "openai", "sora-2", MediaRef.local(image.toRealPath()), null, "blurry", 4_294_967_295L,
                List.of("pets", "outdoor", "cats", "x")));
    }

    @Test
    void shouldPassThroughTheReadersErrorWithItsLine() {
        LineOutcome outcome = mapper.map(RawLine.failed(7, "malformed JSON: oops"), ctx);

        assertThat(outcome.line()).isEqualTo(7);
        assertThat(outcome.error()).isEqualTo("malformed JSON: oops");
    }

    @Test
    void shouldReportEveryProblemOfALineInOneMessage() {
        String error = rejected("prompt", " ", "seconds", "8.5", "fps", 0, "secs", 5);

        assertThat(error.split("; ")).containsExactly(
                "unknown field 'secs' (did you mean 'seconds'?)",
                "prompt is missing (every entry needs a non-blank prompt)",
                "seconds '8.5' must be a whole number from 1 to 120",
                "fps '0' must be a whole number from 1 to 120");
    }

    @Test
    void shouldAlsoKeepEachProblemUnderTheFieldItConcerns() {
        LineOutcome outcome = map("prompt", " ", "seconds", "8.5", "image", "http://x.example/a.png",
                "secs", 5, "tags", List.of("", "x"));

        assertThat(outcome.problems()).containsOnlyKeys("secs", "prompt", "seconds", "image", "tags");
        assertThat(outcome.problems().get("seconds")).containsExactly(
                "seconds '8.5' must be a whole number from 1 to 120");
        assertThat(outcome.problems().get("secs")).singleElement().asString().contains("did you mean 'seconds'");
        assertThat(outcome.problems().values().stream().flatMap(List::stream))
                .as("the same problems as the joined reason").containsExactlyInAnyOrder(outcome.error().split("; "));
    }

    @Test
    void shouldKeepNoFieldProblemsForAnEntryThatCouldNotBeRead() {
        LineOutcome outcome = mapper.map(RawLine.failed(3, "entry 3 is a number, not a request object"), ctx);

        assertThat(outcome.error()).isEqualTo("entry 3 is a number, not a request object");
        assertThat(outcome.problems()).isEmpty();
    }

    @Nested
    class Ids {

        @Test
        void shouldGenerateDistinctIdsOfTwelveHexDigitsWhenAbsent() {
            Set<String> ids = new HashSet<>();
            for (int line = 1; line <= 1000; line++) {
                ids.add(mapLine(line, "prompt", "p").request().id());
            }

            assertThat(ids).hasSize(1000).allMatch(id -> id.matches("v-[0-9a-f]{12}"));
        }

        @Test
        void shouldKeepAGivenIdExactlyAsWritten() {
            assertThat(accepted("id", "My-Clip.2024_a", "prompt", "p").id()).isEqualTo("My-Clip.2024_a");
        }

        @ParameterizedTest
        @ValueSource(strings = {"my clip", "../clip", "a/b", "-clip", ".hidden", "clip*", "caf\u00e9", "a:b"})
        void shouldRejectIdThatIsNotSafeAsFileName(String id) {
            assertThat(rejected("id", id, "prompt", "p")).isEqualTo("id '" + id + "' is not safe as a file name"
                    + " (use 1-80 letters, digits, '.', '_' or '-', starting with a letter or digit)");
        }

        @Test
        void shouldRejectIdLongerThan80Characters() {
            assertThat(accepted("id", "a".repeat(80), "prompt", "p").id()).hasSize(80);
            assertThat(rejected("id", "a".repeat(81), "prompt", "p")).contains("is not safe as a file name");
        }

        @Test
        void shouldRejectIdEndingInADot() {
            assertThat(rejected("id", "clip.", "prompt", "p"))
                    .isEqualTo("id 'clip.' must not end with '.' (Windows drops it from file names)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"CON", "con", "Nul", "aux", "PRN", "COM1", "lpt9", "con.mp4"})
        void shouldRejectWindowsReservedNames(String id) {
            assertThat(rejected("id", id, "prompt", "p")).isEqualTo("id '" + id
                    + "' is a reserved file name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9)");
        }

        @Test
        void shouldAllowNamesThatOnlyStartLikeReservedOnes() {
            assertThat(accepted("id", "console", "prompt", "p").id()).isEqualTo("console");
            assertThat(accepted("id", "COM10", "prompt", "p").id()).isEqualTo("COM10");
        }

        @Test
        void shouldRejectDuplicateIdIgnoringCaseAndNameTheFirstLine() {
            assertThat(mapLine(3, "id", "Clip", "prompt", "p").accepted()).isTrue();

            LineOutcome duplicate = mapLine(9, "id", "clip", "prompt", "p");

            assertThat(duplicate.error()).isEqualTo(
                    "id 'clip' is already used on line 3 (ids must be unique in a file, ignoring case)");
        }

        @Test
        void shouldNotLetARejectedLineClaimItsId() {
            assertThat(mapLine(2, "id", "clip", "prompt", "").accepted()).isFalse();

            assertThat(mapLine(5, "id", "clip", "prompt", "p").accepted()).isTrue();
        }

        @Test
        void shouldKeepIdsOfDifferentDropFilesApart() {
            assertThat(mapLine(1, "id", "clip", "prompt", "p").accepted()).isTrue();

            LineOutcome otherFile = mapper.map(RawLine.of(1, fields("id", "clip", "prompt", "p")),
                    DropContext.forFile(inbox.resolve("other.csv")));

            assertThat(otherFile.accepted()).isTrue();
        }
    }

    @Nested
    class Prompts {

        @Test
        void shouldRejectMissingPrompt() {
            assertThat(rejected("seconds", 5)).isEqualTo("prompt is missing (every entry needs a non-blank prompt)");
        }

        @Test
        void shouldRejectPromptLongerThan32000CharactersShowingOnlyItsStart() {
            assertThat(accepted("prompt", "a".repeat(32_000)).prompt()).hasSize(32_000);

            String error = rejected("prompt", "b".repeat(32_001));

            assertThat(error).isEqualTo("prompt '" + "b".repeat(60) + "…' is 32001 characters long"
                    + " (at most 32000 allowed)");
        }

        @Test
        void shouldNotSplitAnEmojiWhenCuttingTheShownValue() {
            String prompt = "a".repeat(59) + "\uD83D\uDE00" + "b".repeat(32_000);

            assertThat(rejected("prompt", prompt)).startsWith("prompt '" + "a".repeat(59) + "…' is 32061 characters");
        }

        @Test
        void shouldShowMultiLineValuesOnOneLine() {
            assertThat(rejected("prompt", "p", "size", "big\nframe")).isEqualTo(
                    "size 'big frame' must be WIDTHxHEIGHT in pixels, e.g. 1280x720");
        }

        @Test
        void shouldRejectNonTextPrompt() {
            assertThat(rejected("prompt", List.of("a", "b"))).isEqualTo("prompt '[a, b]' must be text, not a list");
            assertThat(rejected("prompt", "p", "model", Map.of("name", "x")))
                    .isEqualTo("model '{name=x}' must be text, not an object");
        }
    }

    @Nested
    class Numbers {

        @ParameterizedTest
        @ValueSource(strings = {"1", "120", "08", "+5", "10.0"})
        void shouldAcceptWholeSecondsAsText(String seconds) {
            assertThat(accepted("prompt", "p", "seconds", seconds).seconds()).isEqualTo(Integer.parseInt(
                    seconds.replace("+", "").replace(".0", "")));
        }

        @Test
        void shouldAcceptWholeSecondsAsJsonNumbers() {
            assertThat(accepted("prompt", "p", "seconds", 12).seconds()).isEqualTo(12);
            assertThat(accepted("prompt", "p", "seconds", 12.0).seconds()).isEqualTo(12);
        }

        @ParameterizedTest
        @ValueSource(strings = {"8.5", "0", "-3", "121", "eight", "1e2", "99999999999999999999999"})
        void shouldRejectSecondsThatAreNotAWholeNumberFrom1To120(String seconds) {
            assertThat(rejected("prompt", "p", "seconds", seconds))
                    .isEqualTo("seconds '" + seconds + "' must be a whole number from 1 to 120");
        }

        @Test
        void shouldRejectFractionalJsonNumberAndBoolean() {
            assertThat(rejected("prompt", "p", "seconds", 8.5))
                    .isEqualTo("seconds '8.5' must be a whole number from 1 to 120");
            assertThat(rejected("prompt", "p", "seconds", true))
                    .isEqualTo("seconds 'true' must be a whole number from 1 to 120");
        }

        @Test
        void shouldRejectFpsOutside1To120() {
            assertThat(accepted("prompt", "p", "fps", "120").fps()).isEqualTo(120);
            assertThat(rejected("prompt", "p", "fps", "121"))
                    .isEqualTo("fps '121' must be a whole number from 1 to 120");
        }

        @Test
        void shouldAcceptSeedsFrom0To4294967295() {
            assertThat(accepted("prompt", "p", "seed", 0).seed()).isZero();
            assertThat(accepted("prompt", "p", "seed", 4_294_967_295L).seed()).isEqualTo(4_294_967_295L);
            assertThat(rejected("prompt", "p", "seed", "4294967296"))
                    .isEqualTo("seed '4294967296' must be a whole number from 0 to 4294967295");
            assertThat(rejected("prompt", "p", "seed", -1))
                    .isEqualTo("seed '-1' must be a whole number from 0 to 4294967295");
        }

        @Test
        void shouldParseSizeAndRejectOtherShapes() {
            assertThat(accepted("prompt", "p", "size", "720 x 1280").size()).isEqualTo(new VideoSize(720, 1280));
            assertThat(rejected("prompt", "p", "size", "HD"))
                    .isEqualTo("size 'HD' must be WIDTHxHEIGHT in pixels, e.g. 1280x720");
            assertThat(rejected("prompt", "p", "size", "00x720")).startsWith("size '00x720' must be");
        }
    }

    @Nested
    class Media {

        @Test
        void shouldResolveImageAgainstTheDropFilesFolder() throws IOException {
            Path image = Files.createFile(inbox.resolve("cat.jpg"));

            VideoRequest request = accepted("prompt", "p", "image", "cat.jpg");

            assertThat(request.image()).isEqualTo(MediaRef.local(image.toRealPath()));
            assertThat(request.inputKind()).isEqualTo("image");
        }

        @Test
        void shouldAcceptWindowsSeparatorsInRelativePaths() throws IOException {
            Path image = Files.createFile(Files.createDirectory(inbox.resolve("img")).resolve("cat.webp"));

            assertThat(accepted("prompt", "p", "image", "img\\cat.webp").image().file()).isEqualTo(image.toRealPath());
        }

        @Test
        void shouldRejectImagePathEscapingTheDropFolder() throws IOException {
            Files.createFile(root.resolve("secret.png"));

            assertThat(rejected("prompt", "p", "image", "../secret.png")).isEqualTo("image '../secret.png' must be"
                    + " a path inside the drop file's folder (no absolute paths or '..' leading out of it)");
        }

        @Test
        void shouldRejectAbsoluteImagePath() throws IOException {
            Path image = Files.createFile(inbox.resolve("cat.png"));

            assertThat(rejected("prompt", "p", "image", image.toString())).contains("must be a path inside");
            assertThat(rejected("prompt", "p", "image", "C:\\images\\cat.png")).contains("must be a path inside");
        }

        @Test
        void shouldRejectLinkInsideTheFolderThatPointsOutside() throws IOException {
            Path secret = Files.createFile(root.resolve("secret.png"));
            Files.createSymbolicLink(inbox.resolve("link.png"), secret);

            assertThat(rejected("prompt", "p", "image", "link.png"))
                    .isEqualTo("image 'link.png' links to a file outside the drop file's folder");
        }

        @Test
        void shouldRejectMissingImageDirectoryAndWrongExtension() throws IOException {
            Files.createDirectory(inbox.resolve("folder.png"));
            Files.createFile(inbox.resolve("cat.gif"));

            assertThat(rejected("prompt", "p", "image", "dog.png"))
                    .isEqualTo("image 'dog.png' does not exist in the drop file's folder");
            assertThat(rejected("prompt", "p", "image", "folder.png"))
                    .isEqualTo("image 'folder.png' is not a regular file");
            assertThat(rejected("prompt", "p", "image", "cat.gif"))
                    .isEqualTo("image 'cat.gif' must be a .jpeg, .jpg, .png or .webp file");
        }

        @Test
        void shouldAcceptHttpsUrlWithAHost() {
            VideoRequest request = accepted("prompt", "p", "image", "https://cdn.example.com/cat.png?sig=1");

            assertThat(request.image()).isEqualTo(MediaRef.remote(URI.create("https://cdn.example.com/cat.png?sig=1")));
        }

        @Test
        void shouldRejectPlainHttpAndOtherSchemes() {
            assertThat(rejected("prompt", "p", "image", "http://cdn.example.com/cat.png")).isEqualTo(
                    "image 'http://cdn.example.com/cat.png' must be an https:// URL or a file path relative to the"
                    + " drop file (http:// is not allowed)");
            assertThat(rejected("prompt", "p", "image", "ftp://cdn.example.com/cat.png"))
                    .contains("(ftp:// is not allowed)");
        }

        @Test
        void shouldRejectHttpsUrlWithoutHost() {
            assertThat(rejected("prompt", "p", "image", "https:///cat.png"))
                    .isEqualTo("image 'https:///cat.png' must be an https:// URL with a host name");
        }

        @Test
        void shouldApplyVideoExtensionsToTheVideoField() throws IOException {
            Path clip = Files.createFile(inbox.resolve("in.MOV"));
            Files.createFile(inbox.resolve("in.png"));

            assertThat(accepted("prompt", "p", "video", "in.MOV").video()).isEqualTo(MediaRef.local(clip.toRealPath()));
            assertThat(rejected("prompt", "p", "video", "in.png"))
                    .isEqualTo("video 'in.png' must be a .mov, .mp4 or .webm file");
        }
    }

    @Nested
    class Tags {

        @Test
        void shouldAcceptAListOfTags() {
            assertThat(accepted("prompt", "p", "tags", List.of(" pets ", "outdoor")).tags())
                    .containsExactly("pets", "outdoor");
        }

        @Test
        void shouldRejectEmptyTag() {
            assertThat(rejected("prompt", "p", "tags", "a,,b")).isEqualTo("tags 'a,,b' contains an empty or"
                    + " non-text tag (separate non-empty tags with ',', ';' or '|')");
        }

        @Test
        void shouldRejectTagLongerThan64Characters() {
            assertThat(accepted("prompt", "p", "tags", "t".repeat(64)).tags()).containsExactly("t".repeat(64));
            assertThat(rejected("prompt", "p", "tags", List.of("ok", "t".repeat(65))))
                    .startsWith("tags '[ok, ttt").contains("has a tag longer than 64 characters: 'ttt");
        }
    }

    @Nested
    class UnknownFields {

        @Test
        void shouldSuggestTheClosestFieldForATypo() {
            assertThat(rejected("prompt", "p", "second", 5))
                    .isEqualTo("unknown field 'second' (did you mean 'seconds'?)");
        }

        @Test
        void shouldSuggestSnakeCaseForCamelCaseAndCapitals() {
            assertThat(rejected("prompt", "p", "negativePrompt", "x"))
                    .isEqualTo("unknown field 'negativePrompt' (did you mean 'negative_prompt'?)");
            assertThat(rejected("Prompt", "p")).startsWith("unknown field 'Prompt' (did you mean 'prompt'?)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"secs:seconds", "img:image", "neg:negative_prompt", "vid:video", "tag:tags"})
        void shouldSuggestTheFieldAnAbbreviationStandsFor(String typedAndMeant) {
            String[] parts = typedAndMeant.split(":");

            assertThat(rejected("prompt", "p", parts[0], "x"))
                    .isEqualTo("unknown field '" + parts[0] + "' (did you mean '" + parts[1] + "'?)");
        }

        @Test
        void shouldListAllowedFieldsWhenNothingIsClose() {
            assertThat(rejected("prompt", "p", "x", 1)).isEqualTo("unknown field 'x' (allowed: id, prompt, seconds,"
                    + " size, fps, provider, model, image, video, negative_prompt, seed, tags, cache, preset, brand, expand, targets, compare)");
        }
    }
}
