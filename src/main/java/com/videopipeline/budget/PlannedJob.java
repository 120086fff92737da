package com.videopipeline.budget;

import com.videopipeline.request.VideoRequest;
import java.math.BigDecimal;

/** One entry of a batch being planned, as routing would send it: where, and one generation's estimated cost. */
public record PlannedJob(String provider, String model, VideoRequest request, BigDecimal estimatedCost) {
}
