package com.videopipeline.campaign;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The campaigns currently defined by valid files, by name; the watcher keeps it in step with the folder. */
@Component("campaignRegistry")
public class CampaignRegistry {

    private final Map<String, Campaign> campaigns = new ConcurrentHashMap<>();

    public Optional<Campaign> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(campaigns.get(name));
    }

    /** The campaign named {@code name}; throws {@link UnknownCampaignException} when no valid file defines it. */
    public Campaign require(String name) {
        return find(name).orElseThrow(() -> new UnknownCampaignException(name, names()));
    }

    public List<String> names() {
        return campaigns.keySet().stream().sorted().toList();
    }

    void put(Campaign campaign) {
        campaigns.put(campaign.name(), campaign);
    }

    void remove(String name) {
        campaigns.remove(name);
    }
}
