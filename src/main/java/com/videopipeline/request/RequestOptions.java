package com.videopipeline.request;

import java.util.List;

/**
 * What a request asks of the pipeline beyond the video itself: style and brand, the brief expansion, where to
 * deliver, and a comparison across providers.
 *
 * @param preset     a named style preset (pipeline.enrichment.presets), null: none
 * @param brand      a named brand guide (pipeline.enrichment.brands), null: none
 * @param expand     turn a short brief into a shot description first; null: the configured default
 * @param targets    delivery targets (outbox, s3, email); empty: as the batch's origin or campaign decides
 * @param compare    providers or models to make the same video with ("sora", "runway:gen4.5", "veo3.1"); empty:
 *                   one video, routed as usual
 * @param comparison the comparison this request is one side of (the id of the request that asked for it); null
 *                   when it is not part of one
 * @param brief      the prompt as the entry wrote it, when enrichment or expansion made another of it; null when
 *                   the prompt is the entry's own
 */
public record RequestOptions(String preset, String brand, Boolean expand, List<String> targets, List<String> compare,
                             String comparison, String brief) {

    public static final RequestOptions NONE = new RequestOptions(null, null, null, List.of(), List.of(), null, null);

    public RequestOptions {
        targets = targets == null ? List.of() : List.copyOf(targets);
        compare = compare == null ? List.of() : List.copyOf(compare);
    }

    /** The options of one side of a comparison: it names no further comparison and remembers whose side it is. */
    public RequestOptions sideOf(String comparisonId) {
        return new RequestOptions(preset, brand, expand, targets, List.of(), comparisonId, brief);
    }

    /** The options once enrichment has replaced the entry's prompt; the first brief (the entry's own) is kept. */
    public RequestOptions withBrief(String original) {
        return new RequestOptions(preset, brand, expand, targets, compare, comparison,
                brief != null ? brief : original);
    }
}
