package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An announced finish takes its job for a poll at once, unless it is unknown, past waiting, busy or rate-held. */
class ImmediatePollsTest {

    private static final Instant NOW = Jobs.T0.plusSeconds(60);

    private final JobStore store = mock(JobStore.class);
    private final ProviderGate gate = mock(ProviderGate.class);
    private final ImmediatePolls polls = new ImmediatePolls(store, gate, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldLeaseAWaitingJobMadeDueNowForAnImmediatePoll() {
        VideoJob job = atProvider(JobState.RUNNING);
        when(store.findAtProvider("sora", "video_1")).thenReturn(Optional.of(job));
        when(store.lease(job.key(), NOW)).thenReturn(Optional.of(job));
        when(gate.admit("sora")).thenReturn(true);

        ImmediatePolls.Nudge nudge = polls.announcedFinished("sora", "video_1");

        assertThat(nudge.outcome()).isEqualTo(ImmediatePolls.Outcome.POLL);
        assertThat(nudge.job().dueAt()).isEqualTo(NOW);
        verify(store, never()).release(any());
    }

    @Test
    void shouldLeaveTheJobDueNowWhenTheProvidersRateHoldsItBack() {
        VideoJob job = atProvider(JobState.SUBMITTED);
        when(store.findAtProvider("sora", "video_1")).thenReturn(Optional.of(job));
        when(store.lease(job.key(), NOW)).thenReturn(Optional.of(job));

        assertThat(polls.announcedFinished("sora", "video_1").outcome()).isEqualTo(ImmediatePolls.Outcome.DUE);
        assertThat(job.dueAt()).isEqualTo(NOW);
        verify(store).release(job);
    }

    @Test
    void shouldSayBusyWhenAnotherStageHoldsTheJob() {
        VideoJob job = atProvider(JobState.RUNNING);
        when(store.findAtProvider("sora", "video_1")).thenReturn(Optional.of(job));
        when(store.lease(job.key(), NOW)).thenReturn(Optional.empty());

        assertThat(polls.announcedFinished("sora", "video_1").outcome()).isEqualTo(ImmediatePolls.Outcome.BUSY);
    }

    @Test
    void shouldNotTouchAJobPastWaitingOrAnUnknownVideo() {
        VideoJob job = atProvider(JobState.DOWNLOADING);
        when(store.findAtProvider("sora", "video_1")).thenReturn(Optional.of(job));
        when(store.findAtProvider("sora", "video_2")).thenReturn(Optional.empty());

        assertThat(polls.announcedFinished("sora", "video_1").outcome()).isEqualTo(ImmediatePolls.Outcome.PAST);
        assertThat(polls.announcedFinished("sora", "video_2").outcome()).isEqualTo(ImmediatePolls.Outcome.UNKNOWN);
        verify(store, never()).lease(any(), any());
    }

    @Test
    void shouldReleaseAJobThatMovedOnBetweenLookingAndLeasing() {
        VideoJob seen = atProvider(JobState.RUNNING);
        VideoJob leased = atProvider(JobState.DOWNLOADING);
        when(store.findAtProvider("sora", "video_1")).thenReturn(Optional.of(seen));
        when(store.lease(seen.key(), NOW)).thenReturn(Optional.of(leased));

        assertThat(polls.announcedFinished("sora", "video_1").outcome()).isEqualTo(ImmediatePolls.Outcome.PAST);
        verify(store).release(leased);
    }

    private static VideoJob atProvider(JobState state) {
        VideoJob job = Jobs.soraJob("b", "j1", "a red kite");
        job.restore(state, Jobs.T0.plusSeconds(600), "video_1", 1, 0);
        return job;
    }
}
