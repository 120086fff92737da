package com.videopipeline.provider;

import com.videopipeline.request.VideoRequest;
import java.math.BigDecimal;

/**
 * Where a request goes, or why it can go nowhere.
 *
 * @param estimatedCost USD estimate (seconds × the model's configured price at the size), null when rejected
 * @param rejection     readable reason with the nearest allowed values, null when accepted
 */
public record RoutingDecision(String provider, String model, BigDecimal estimatedCost, String rejection) {

    /** To {@code entry}, priced for the request's seconds at its size. */
    static RoutingDecision to(CatalogueEntry entry, VideoRequest request) {
        return new RoutingDecision(entry.provider(), entry.model(), entry.cost(request.seconds(), request.size()),
                null);
    }

    static RoutingDecision rejected(String reason) {
        return new RoutingDecision(null, null, null, reason);
    }

    public boolean accepted() {
        return rejection == null;
    }
}
