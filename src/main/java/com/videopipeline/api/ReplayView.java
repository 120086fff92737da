package com.videopipeline.api;

import java.util.List;

/** The jobs of a batch put back to work by a replay (keys {@code batch/job}); empty when none had failed. */
record ReplayView(String batch, List<String> replayed, String url) {
}
