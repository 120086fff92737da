package com.videopipeline.simulator;

import com.videopipeline.simulator.SimulatorProperties.OpenAiModel;
import com.videopipeline.simulator.SimulatorProperties.RunwayModel;
import java.util.List;
import java.util.Map;

/** Built-in model rules (from shared/providers.md), used when the configuration gives none. */
final class DefaultApiRules {

    private static final List<String> SORA_SIZES = List.of("1280x720", "720x1280");
    private static final List<String> SORA_PRO_SIZES =
            List.of("1280x720", "720x1280", "1024x1792", "1792x1024", "1920x1080", "1080x1920");
    private static final List<String> GEN45_T2V_RATIOS = List.of("1280:720", "720:1280");
    private static final List<String> GEN4_RATIOS =
            List.of("1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672");
    private static final List<String> VEO_RATIOS = List.of("1280:720", "720:1280", "1080:1920", "1920:1080");
    private static final List<Integer> TWO_TO_TEN = List.of(2, 3, 4, 5, 6, 7, 8, 9, 10);
    private static final List<Integer> VEO31_DURATIONS = List.of(4, 6, 8);
    private static final List<Integer> VEO3_DURATIONS = List.of(8);

    private DefaultApiRules() {
    }

    static Map<String, OpenAiModel> openAi() {
        return Map.of(
                "sora-2", new OpenAiModel(List.of(4, 8, 12), SORA_SIZES),
                "sora-2-pro", new OpenAiModel(List.of(4, 8, 12, 16, 20), SORA_PRO_SIZES));
    }

    static Map<String, Map<String, RunwayModel>> runway() {
        RunwayModel veo31 = new RunwayModel(VEO_RATIOS, VEO31_DURATIONS);
        RunwayModel veo3 = new RunwayModel(VEO_RATIOS, VEO3_DURATIONS);
        return Map.of(
                "text_to_video", Map.of(
                        "gen4.5", new RunwayModel(GEN45_T2V_RATIOS, TWO_TO_TEN),
                        "veo3.1", veo31, "veo3.1_fast", veo31, "veo3", veo3),
                "image_to_video", Map.of(
                        "gen4_turbo", new RunwayModel(GEN4_RATIOS, TWO_TO_TEN),
                        "gen4.5", new RunwayModel(GEN4_RATIOS, TWO_TO_TEN),
                        "veo3.1", veo31, "veo3.1_fast", veo31, "veo3", veo3),
                "video_to_video", Map.of(
                        "aleph2", new RunwayModel(GEN4_RATIOS, List.of())));
    }
}
