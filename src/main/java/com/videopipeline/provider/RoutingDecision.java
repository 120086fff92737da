package com.videopipeline.provider;

import java.math.BigDecimal;

/**
 * Where a request goes, or why it can go nowhere.
 *
 * @param estimatedCost USD estimate (seconds × configured price), null when rejected
 * @param rejection     readable reason with the nearest allowed values, null when accepted
 */
public record RoutingDecision(String provider, String model, BigDecimal estimatedCost, String rejection) {

    static RoutingDecision to(CatalogueEntry entry, int seconds) {
        return new RoutingDecision(entry.provider(), entry.model(), entry.cost(seconds), null);
    }

    static RoutingDecision rejected(String reason) {
        return new RoutingDecision(null, null, null, reason);
    }

    public boolean accepted() {
        return rejection == null;
    }
}
