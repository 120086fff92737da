package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.request.VideoRequest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Recognising a lost submit in newest-first list pages, and when the answer must stay UNKNOWN. */
class SoraSubmitSearchTest {

    private static final Instant SINCE = Instant.parse("2026-11-24T10:00:00Z");
    private static final String PROMPT = "a red fox crossing a snowy field at dawn";
    private static final ProviderRequest REQUEST = TestRequests.text(8, "1280x720").bound("sora", "sora-2");

    private static SoraVideoPage.Listed video(String id, Instant createdAt) {
        return new SoraVideoPage.Listed(id, createdAt, PROMPT, "sora-2", "1280x720", "8");
    }

    private static SoraVideoPage.Listed video(String id, Instant createdAt, String model, String size, String seconds) {
        return new SoraVideoPage.Listed(id, createdAt, PROMPT, model, size, seconds);
    }

    private static SoraVideoPage lastPage(SoraVideoPage.Listed... videos) {
        return new SoraVideoPage(List.of(videos), false, videos.length == 0 ? null : videos[videos.length - 1].id());
    }

    private static SoraVideoPage pageWithMore(SoraVideoPage.Listed... videos) {
        return new SoraVideoPage(List.of(videos), true, videos[videos.length - 1].id());
    }

    private static SubmitLookup lookup(Set<String> knownIds, SoraVideoPage page) {
        SoraSubmitSearch search = new SoraSubmitSearch(REQUEST, SINCE, knownIds);
        search.scan(page);
        return search.result();
    }

    private static Instant at(int secondsAfterSince) {
        return SINCE.plusSeconds(secondsAfterSince);
    }

    @Nested
    class Matching {

        @Test
        void shouldFindTheOnlyVideoWithTheSameFingerprint() {
            SubmitLookup result = lookup(Set.of(), lastPage(
                    new SoraVideoPage.Listed("video_other", at(5), "a blue whale", "sora-2", "1280x720", "8"),
                    video("video_ours", at(1))));

            assertThat(result).isEqualTo(SubmitLookup.found("video_ours"));
        }

        @Test
        void shouldFindTheOtherOfTwoIdenticalPromptsWhenOneIdIsKnown() {
            SubmitLookup result = lookup(Set.of("video_newer"), lastPage(
                    video("video_newer", at(3)), video("video_older", at(2))));
            SubmitLookup otherKnown = lookup(Set.of("video_older"), lastPage(
                    video("video_newer", at(3)), video("video_older", at(2))));

            assertThat(result).isEqualTo(SubmitLookup.found("video_older"));
            assertThat(otherKnown).isEqualTo(SubmitLookup.found("video_newer"));
        }

        @Test
        void shouldPickTheOldestOfSeveralMatchesBecauseOurLostCallCreatedItFirst() {
            SubmitLookup result = lookup(Set.of(), lastPage(
                    video("video_3", at(9)), video("video_2", at(4)), video("video_1", at(2))));

            assertThat(result).isEqualTo(SubmitLookup.found("video_1"));
        }

        @Test
        void shouldTakeTheLaterListedOfTwoMatchesCreatedInTheSameSecond() {
            SubmitLookup result = lookup(Set.of(), lastPage(video("video_b", at(2)), video("video_a", at(2))));

            assertThat(result).isEqualTo(SubmitLookup.found("video_a"));
        }

        @Test
        void shouldNotMatchAnotherSizeModelOrDuration() {
            SubmitLookup result = lookup(Set.of(), lastPage(
                    video("video_size", at(4), "sora-2", "720x1280", "8"),
                    video("video_model", at(3), "sora-2-pro", "1280x720", "8"),
                    video("video_seconds", at(2), "sora-2", "1280x720", "12")));

            assertThat(result).isEqualTo(SubmitLookup.notFound());
        }

        @Test
        void shouldNotMatchAPromptThatDiffersOnlyInCaseOrWhitespace() {
            SubmitLookup result = lookup(Set.of(), lastPage(
                    new SoraVideoPage.Listed("video_1", at(2), PROMPT + " ", "sora-2", "1280x720", "8"),
                    new SoraVideoPage.Listed("video_2", at(1), PROMPT.toUpperCase(), "sora-2", "1280x720", "8")));

            assertThat(result).isEqualTo(SubmitLookup.notFound());
        }

        @Test
        void shouldAcceptTheDatedSnapshotTheModelAliasResolvedTo() {
            SubmitLookup result = lookup(Set.of(), lastPage(video("video_1", at(2), "sora-2-2025-10-06", "1280x720", "8")));

            assertThat(result).isEqualTo(SubmitLookup.found("video_1"));
        }

        @Test
        void shouldNotTakeTheProModelForItsAlias() {
            SubmitLookup result = lookup(Set.of(), lastPage(
                    video("video_1", at(2), "sora-2-pro-2025-10-06", "1280x720", "8")));

            assertThat(result).isEqualTo(SubmitLookup.notFound());
        }

        @Test
        void shouldAcceptAnySizeWhenTheRequestSentNone() {
            VideoRequest r = REQUEST.request();
            ProviderRequest noSize = new ProviderRequest("job-1", "sora", "sora-2", new VideoRequest(r.id(),
                    r.prompt(), r.seconds(), null, r.fps(), r.provider(), r.model(), null, null, null, null, r.tags()));
            SoraSubmitSearch search = new SoraSubmitSearch(noSize, SINCE, Set.of());

            search.scan(lastPage(video("video_1", at(2), "sora-2", "720x1280", "8")));

            assertThat(search.result()).isEqualTo(SubmitLookup.found("video_1"));
        }
    }

    @Nested
    class TimeWindow {

        @Test
        void shouldReportNotFoundWhenTheOnlyMatchIsOlderThanTheWindow() {
            SubmitLookup result = lookup(Set.of(), lastPage(
                    video("video_new_other", at(5), "sora-2", "720x1280", "8"),
                    video("video_old", SINCE.minus(SoraSubmitSearch.CLOCK_SKEW).minusSeconds(1))));

            assertThat(result).isEqualTo(SubmitLookup.notFound());
        }

        @Test
        void shouldStillFindAMatchStampedUpToTheClockSkewBeforeSince() {
            SubmitLookup result = lookup(Set.of(), lastPage(video("video_1", SINCE.minus(SoraSubmitSearch.CLOCK_SKEW))));

            assertThat(result).isEqualTo(SubmitLookup.found("video_1"));
        }

        @Test
        void shouldReportNotFoundForAnEmptyList() {
            assertThat(lookup(Set.of(), lastPage())).isEqualTo(SubmitLookup.notFound());
        }

        @Test
        void shouldReportNotFoundWhenTheOnlyMatchIsKnown() {
            assertThat(lookup(Set.of("video_1"), lastPage(video("video_1", at(2))))).isEqualTo(SubmitLookup.notFound());
        }
    }

    @Nested
    class Pagination {

        @Test
        void shouldAskForAnOlderPageWhileEveryVideoIsNewerThanTheWindow() {
            SoraSubmitSearch search = new SoraSubmitSearch(REQUEST, SINCE, Set.of());

            boolean more = search.scan(pageWithMore(video("video_x", at(9), "sora-2", "720x1280", "8")));

            assertThat(more).isTrue();
            assertThat(search.result()).isEqualTo(SubmitLookup.unknown());
        }

        @Test
        void shouldFindAMatchOnTheSecondPage() {
            SoraSubmitSearch search = new SoraSubmitSearch(REQUEST, SINCE, Set.of());

            boolean more = search.scan(pageWithMore(video("video_x", at(9), "sora-2", "720x1280", "8")));
            boolean evenMore = search.scan(pageWithMore(video("video_ours", at(2)), video("video_old", SINCE.minusSeconds(3600))));

            assertThat(more).isTrue();
            assertThat(evenMore).isFalse();
            assertThat(search.result()).isEqualTo(SubmitLookup.found("video_ours"));
        }

        @Test
        void shouldPreferAnOlderMatchOnALaterPage() {
            SoraSubmitSearch search = new SoraSubmitSearch(REQUEST, SINCE, Set.of());

            search.scan(pageWithMore(video("video_newer", at(9))));
            search.scan(lastPage(video("video_older", at(1))));

            assertThat(search.result()).isEqualTo(SubmitLookup.found("video_older"));
        }

        @Test
        void shouldStopOnceAPageReachesPastTheWindowEvenIfMoreExist() {
            SoraSubmitSearch search = new SoraSubmitSearch(REQUEST, SINCE, Set.of());

            boolean more = search.scan(pageWithMore(video("video_x", at(9), "sora-2", "720x1280", "8"),
                    video("video_old", SINCE.minusSeconds(3600), "sora-2", "720x1280", "8")));

            assertThat(more).isFalse();
            assertThat(search.result()).isEqualTo(SubmitLookup.notFound());
        }

        @Test
        void shouldStayUnknownWhenAPageClaimsMoreButGivesNoCursor() {
            SoraSubmitSearch search = new SoraSubmitSearch(REQUEST, SINCE, Set.of());

            boolean more = search.scan(new SoraVideoPage(List.of(), true, null));

            assertThat(more).isFalse();
            assertThat(search.result()).isEqualTo(SubmitLookup.unknown());
        }
    }

    @Nested
    class MissingFields {

        @Test
        void shouldStayUnknownWhenAListedVideoInTheWindowHasNoPrompt() {
            SubmitLookup result = lookup(Set.of(), lastPage(
                    new SoraVideoPage.Listed("video_1", at(2), null, "sora-2", "1280x720", "8")));

            assertThat(result).isEqualTo(SubmitLookup.unknown());
        }

        @Test
        void shouldIgnoreAVideoWithoutPromptThatDiffersInAKnownField() {
            SubmitLookup result = lookup(Set.of(), lastPage(
                    new SoraVideoPage.Listed("video_1", at(2), null, "sora-2", "720x1280", "8")));

            assertThat(result).isEqualTo(SubmitLookup.notFound());
        }

        @Test
        void shouldPreferACertainMatchOverAnUndecidableVideo() {
            SubmitLookup result = lookup(Set.of(), lastPage(
                    new SoraVideoPage.Listed("video_2", at(3), PROMPT, null, "1280x720", "8"),
                    video("video_1", at(2))));

            assertThat(result).isEqualTo(SubmitLookup.found("video_1"));
        }
    }
}
