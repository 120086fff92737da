package com.videopipeline.intake;

import com.videopipeline.provider.ProvidersProperties;
import com.videopipeline.request.VideoRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a request that asks to compare providers or models into one request per side, each pinned to its provider
 * and/or model and named after it ({@code promo.runway-gen4.5}), so every side is its own job with its own video.
 */
@Component
class ComparisonSides {

    /** The ledger's and the file system's limit for a job id. */
    private static final int MAX_ID = 80;

    private final ProvidersProperties providers;

    ComparisonSides(ProvidersProperties providers) {
        this.providers = providers;
    }

    List<VideoRequest> of(VideoRequest request) {
        List<String> sides = request.options().compare();
        if (sides.isEmpty()) {
            return List.of(request);
        }
        List<VideoRequest> requests = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            requests.add(side(request, sides.get(i), i + 1));
        }
        return requests;
    }

    private VideoRequest side(VideoRequest request, String side, int number) {
        int colon = side.indexOf(':');
        String provider = colon > 0 ? side.substring(0, colon) : providers.providers().containsKey(side) ? side : null;
        String model = colon > 0 ? side.substring(colon + 1) : provider == null ? side : null;
        return request.sideOfComparison(sideId(request.id(), side.replace(':', '-'), number), provider, model);
    }

    /** The entry's id and the side's name; when that is too long, a prefix of the id and the side's number. */
    static String sideId(String id, String slug, int number) {
        String full = id + "." + slug;
        if (full.length() <= MAX_ID) {
            return full;
        }
        String suffix = "." + number;
        return id.substring(0, Math.min(id.length(), MAX_ID - suffix.length())) + suffix;
    }
}
