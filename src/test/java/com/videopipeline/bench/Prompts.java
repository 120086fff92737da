package com.videopipeline.bench;

/** Distinct, readable prompts for the benchmark's drop file: no two lines alike, so no result is served from cache. */
final class Prompts {

    private static final String[] SUBJECTS = {"a lighthouse", "a red fox", "a paper boat", "an old tram",
        "a glass greenhouse", "a hot-air balloon", "a heron", "a windmill", "a night market", "a mountain hut"};
    private static final String[] PLACES = {"in morning fog", "under falling snow", "at golden hour",
        "in a summer storm", "beside a frozen lake", "on a quiet harbour", "in a bamboo forest"};
    private static final String[] CAMERAS = {"slow dolly in", "aerial orbit", "handheld close-up",
        "static wide shot", "gentle pan left"};

    private Prompts() {
    }

    static String scene(int i) {
        return SUBJECTS[i % SUBJECTS.length] + " " + PLACES[(i / SUBJECTS.length) % PLACES.length] + ", "
                + CAMERAS[i % CAMERAS.length];
    }
}
