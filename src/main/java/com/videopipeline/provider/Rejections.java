package com.videopipeline.provider;

import com.videopipeline.request.VideoRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes rejection messages that name the nearest values each candidate model would allow. */
final class Rejections {

    private Rejections() {
    }

    /** "no model can make 15 s at 1280x720 from text: sora-2 allows seconds 4, 8, 12 (nearest 12); ...". */
    static String noModelCanMake(VideoRequest request, List<CatalogueEntry> candidates, List<String> skipped) {
        String kind = request.inputKind();
        Set<String> reasons = new LinkedHashSet<>();
        candidates.stream().filter(e -> e.accepts(kind))
                .forEach(e -> reasons.add(ModelFit.describe(e, ModelFit.misfits(e, request))));
        String detail = reasons.isEmpty()
                ? "no usable model takes " + kind + " input"
                : String.join("; ", reasons);
        String skippedText = skipped.isEmpty() ? "" : " (skipped: " + String.join("; ", skipped) + ")";
        return "no model can make " + describe(request) + ": " + detail + skippedText;
    }

    static String describe(VideoRequest request) {
        String size = request.size() == null ? "" : " at " + request.size();
        String extras = (request.seed() != null ? " with a seed" : "")
                + (request.negativePrompt() != null && !request.negativePrompt().isBlank() ? " with a negative prompt" : "");
        return request.seconds() + " s" + size + " from " + request.inputKind() + extras;
    }
}
