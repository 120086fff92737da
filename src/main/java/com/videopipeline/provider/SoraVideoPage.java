package com.videopipeline.provider;

import java.time.Instant;
import java.util.List;

/**
 * One page of {@code GET /videos}, reduced to what identifies a submit, so a lost submit can be recognised.
 *
 * @param videos  newest first when listed with {@code order=desc}
 * @param hasMore whether the provider holds further (older) videos after this page
 * @param lastId  the cursor for the next page ({@code after}), or null when the page is empty
 */
record SoraVideoPage(List<Listed> videos, boolean hasMore, String lastId) {

    SoraVideoPage {
        videos = List.copyOf(videos);
    }

    /** Whether an {@code after=lastId} request can return anything this page did not. */
    boolean continues() {
        return hasMore && lastId != null && !videos.isEmpty();
    }

    /**
     * One listed video. The spec marks every field required but nullable, so prompt, model, size and seconds may be
     * null and then prove nothing either way.
     */
    record Listed(String id, Instant createdAt, String prompt, String model, String size, String seconds) {
    }
}
