package com.videopipeline.campaign;

import java.util.List;

/** A run was asked for a campaign no valid campaign file defines (the API answers 404). */
public class UnknownCampaignException extends RuntimeException {

    private final String campaign;

    UnknownCampaignException(String campaign, List<String> known) {
        super("unknown campaign '" + campaign + "'" + (known.isEmpty() ? " (no campaign is loaded)"
                : " (known: " + String.join(", ", known) + ")"));
        this.campaign = campaign;
    }

    public String campaign() {
        return campaign;
    }
}
