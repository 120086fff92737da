package com.videopipeline.campaign;

import java.util.Map;

/** One video a campaign asks for at every firing: its id (from its matrix values), prompt and matrix values. */
public record CampaignEntry(String id, String prompt, Map<String, String> values) {

    public CampaignEntry {
        values = Map.copyOf(values);
    }
}
