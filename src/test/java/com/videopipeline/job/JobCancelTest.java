package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ProviderException;
import com.videopipeline.provider.ProviderRegistry;
import com.videopipeline.provider.VideoProvider;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JobCancelTest {

    private final JobStore store = mock(JobStore.class);
    private final ProviderRegistry providers = mock(ProviderRegistry.class);
    private final VideoProvider provider = mock(VideoProvider.class);
    private final JobCancel cancel = new JobCancel(store, providers, Clock.fixed(Jobs.T0, ZoneOffset.UTC));

    private VideoJob stored(VideoJob job) {
        when(store.find(job.key())).thenReturn(Optional.of(job));
        when(store.lease(any(), any())).thenReturn(Optional.of(job));
        when(providers.get(job.provider())).thenReturn(provider);
        return job;
    }

    private static VideoJob in(JobState state, String providerJobId) {
        VideoJob job = Jobs.soraJob("b", "j1", "a red kite");
        job.restore(state, Jobs.T0, providerJobId, providerJobId == null ? 0 : 1, 0);
        return job;
    }

    @Test
    void shouldEndAQueuedJobWithoutAskingItsProvider() {
        VideoJob job = stored(in(JobState.QUEUED, null));

        VideoJob cancelled = cancel.cancel(job.key(), "cancelled by API").orElseThrow();

        assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
        assertThat(cancelled.failureKind()).isEqualTo(FailureKind.CANCELLED);
        assertThat(cancelled.failureMessage()).isEqualTo("cancelled by API");
        verify(provider, never()).cancel(any());
        verify(store).release(job);
    }

    @Test
    void shouldOnlyStopFollowingAJobWhoseProviderCannotCancel() {
        VideoJob job = stored(in(JobState.RUNNING, "video_1"));
        when(provider.cancel("video_1")).thenReturn(false);

        VideoJob cancelled = cancel.cancel(job.key(), "cancelled by API").orElseThrow();

        assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
        assertThat(cancelled.failureMessage()).startsWith("cancelled by API; sora cannot stop a generation")
                .contains("may still finish and be billed");
    }

    @Test
    void shouldLeaveTheJobAsItWasWhenTheProviderFailsTheCancel() {
        VideoJob job = stored(in(JobState.SUBMITTED, "video_1"));
        when(provider.cancel("video_1")).thenThrow(new ProviderException("sora", FailureKind.SERVER_ERROR, "503"));

        assertThatThrownBy(() -> cancel.cancel(job.key(), "cancelled by API")).isInstanceOf(ProviderException.class);
        assertThat(job.state()).isEqualTo(JobState.SUBMITTED);
        verify(store).release(job);
    }

    @Test
    void shouldCancelLocallyAJobItsProviderNoLongerKnows() {
        VideoJob job = stored(in(JobState.RUNNING, "video_1"));
        when(provider.cancel("video_1")).thenThrow(new ProviderException("sora", FailureKind.NOT_FOUND, "404"));

        assertThat(cancel.cancel(job.key(), "cancelled by API").orElseThrow().failureMessage())
                .isEqualTo("cancelled by API; sora no longer knows video_1");
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"SUBMITTING", "DOWNLOADING", "VERIFIED", "DELIVERED", "FAILED"})
    void shouldRefuseAJobWhoseSubmitIsUnconfirmedOrWhoseVideoIsMadeOrThatHasEnded(JobState state) {
        VideoJob job = stored(in(state, "video_1"));

        assertThatThrownBy(() -> cancel.cancel(job.key(), "cancelled by API"))
                .isInstanceOf(JobCancel.RefusedException.class).hasMessageContaining(job.key());
        verify(store, never()).lease(any(), any());
    }

    @Test
    void shouldAnswerEmptyForAJobThatDoesNotExist() {
        when(store.find("b/nobody")).thenReturn(Optional.empty());

        assertThat(cancel.cancel("b/nobody", "cancelled by API")).isEmpty();
    }
}
