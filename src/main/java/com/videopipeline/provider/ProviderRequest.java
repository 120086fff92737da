package com.videopipeline.provider;

import com.videopipeline.request.VideoRequest;

/** A request bound to one provider and model, as the provider client receives it. */
public record ProviderRequest(String jobId, String provider, String model, VideoRequest request) {
}
