package com.videopipeline.provider;

import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Compares one request with one model and says, in words, every way it does not fit. */
final class ModelFit {

    private ModelFit() {
    }

    /** Empty when the model can make the request; otherwise clauses such as "allows seconds 4, 8, 12 (nearest 12)". */
    static List<String> misfits(CatalogueEntry entry, VideoRequest request) {
        String kind = request.inputKind();
        if (!entry.accepts(kind)) {
            return List.of("takes only " + String.join(" or ", entry.settings().inputs()) + " input");
        }
        List<String> misfits = new ArrayList<>();
        promptMisfit(entry.settings().maxPromptChars(), request.prompt()).ifPresent(misfits::add);
        numberMisfit("seconds", entry.settings().seconds(), request.seconds()).ifPresent(misfits::add);
        sizeMisfit(entry, request).ifPresent(misfits::add);
        numberMisfit("fps", entry.settings().fps(), request.fps()).ifPresent(misfits::add);
        if (request.seed() != null && !entry.has("seed")) {
            misfits.add("takes no seed");
        }
        if (hasText(request.negativePrompt()) && !entry.has("negative-prompt")) {
            misfits.add("takes no negative prompt");
        }
        return misfits;
    }

    /** "sora-2 allows seconds 4, 8, 12 (nearest 12)". */
    static String describe(CatalogueEntry entry, List<String> misfits) {
        return entry.model() + " " + String.join(" and ", misfits);
    }

    private static Optional<String> numberMisfit(String what, List<Integer> allowed, int wanted) {
        if (allowed.contains(wanted)) {
            return Optional.empty();
        }
        return Optional.of("allows " + what + " " + Nearest.numbers(allowed)
                + " (nearest " + Nearest.number(allowed, wanted) + ")");
    }

    private static Optional<String> promptMisfit(Integer max, String prompt) {
        if (max == null || prompt == null || prompt.length() <= max) {
            return Optional.empty();
        }
        return Optional.of("takes prompts of at most " + max + " characters (this one has " + prompt.length() + ")");
    }

    private static Optional<String> sizeMisfit(CatalogueEntry entry, VideoRequest request) {
        String kind = request.inputKind();
        List<VideoSize> sizes = entry.sizesFor(kind);
        if (request.size() == null || sizes.contains(request.size())) {
            return Optional.empty();
        }
        String listed = sizes.stream().map(VideoSize::toString).collect(Collectors.joining(", "));
        String scope = entry.usesImageSizes(kind) ? " for image input" : "";
        return Optional.of("allows sizes " + listed + scope
                + " (nearest " + Nearest.size(sizes, request.size()) + ")");
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
