package com.videopipeline.job;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** One job's paid videos that failed verification, each provider job counted once (a replay downloads it again). */
final class DiscardedVideos {

    private final List<DiscardedVideo> videos = new ArrayList<>();

    void add(DiscardedVideo video) {
        if (videos.stream().noneMatch(d -> Objects.equals(d.providerJobId(), video.providerJobId()))) {
            videos.add(video);
        }
    }

    List<DiscardedVideo> list() {
        return List.copyOf(videos);
    }

    boolean isEmpty() {
        return videos.isEmpty();
    }

    Set<String> providers() {
        return videos.stream().map(DiscardedVideo::provider).collect(Collectors.toSet());
    }

    /** What they cost together; a video whose model has no price counts 0. */
    BigDecimal cost() {
        return videos.stream().map(DiscardedVideo::costUsd).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void restore(List<DiscardedVideo> saved) {
        videos.clear();
        videos.addAll(saved);
    }
}
