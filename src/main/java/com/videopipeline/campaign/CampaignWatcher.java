package com.videopipeline.campaign;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the scheduled campaigns in step with the campaign folder: every scan reads added and changed files and
 * drops removed ones, so a campaign takes effect without a rebuild or restart. A bad file is reported once per
 * content and skipped; the others go on. Called by {@code routes/watch-campaigns.camel.yaml}.
 */
@Component("campaignWatcher")
class CampaignWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignWatcher.class);

    /** What a file held when last read: its content hash and the campaign it defined (null: invalid). */
    private record Known(String hash, String campaign) {
    }

    private final CampaignProperties props;
    private final CampaignRegistry registry;
    private final CampaignRequests requests;
    private final CampaignRoutes routes;
    private final CampaignCatchUp catchUp;
    private final Clock clock;
    private final Map<Path, Known> known = new HashMap<>();
    private final Set<String> loadedBefore = new HashSet<>();

    CampaignWatcher(CampaignProperties props, CampaignRegistry registry, CampaignRequests requests,
                    CampaignRoutes routes, CampaignCatchUp catchUp, Clock clock) {
        this.props = props;
        this.registry = registry;
        this.requests = requests;
        this.routes = routes;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    /** Reloads what changed; returns the past firings to make now (missed while down, or interrupted). */
    public synchronized List<DueFiring> scan() {
        Map<Path, String> files = CampaignFolder.hashes(props.dir());
        new HashSet<>(known.keySet()).stream().filter(f -> !files.containsKey(f)).forEach(this::forget);
        List<DueFiring> due = new ArrayList<>();
        files.forEach((file, hash) -> {
            Known before = known.get(file);
            if (before == null || !before.hash().equals(hash)) {
                due.addAll(load(file, hash, before));
            }
        });
        return due;
    }

    private List<DueFiring> load(Path file, String hash, Known before) {
        Campaign campaign;
        try {
            campaign = read(file);
        } catch (InvalidCampaignException e) {
            LOG.error("{}; skipped{}", e.getMessage(), before != null && before.campaign() != null
                    ? ", campaign " + before.campaign() + " stopped until the file is fixed" : "");
            drop(before);
            known.put(file, new Known(hash, null));
            return List.of();
        }
        if (before != null && before.campaign() != null && !before.campaign().equals(campaign.name())) {
            drop(before);
        }
        registry.put(campaign);
        known.put(file, new Known(hash, campaign.name()));
        LOG.info("campaign {} {} from {}: {} entries per firing, cron '{}' in {}{}", campaign.name(),
                before == null ? "loaded" : "reloaded", file.getFileName(), campaign.entries().size(),
                campaign.schedule().cron(), campaign.schedule().zone(), campaign.enabled() ? "" : " (disabled)");
        List<DueFiring> due = List.of();
        if (loadedBefore.add(campaign.name())) {
            due = catchUp.afterStart(campaign);
        } else {
            catchUp.whileRunning(campaign);
        }
        // scheduled only after the ledger knows the campaign: a firing in between would be overwritten as WATCHING
        routes.schedule(campaign);
        return due;
    }

    /** Reads and checks a file; a second file claiming a loaded campaign's name is invalid. */
    private Campaign read(Path file) {
        String content;
        try {
            content = CampaignFolder.read(file);
        } catch (IOException e) {
            throw new InvalidCampaignException(file, List.of("cannot be read as UTF-8 text: " + e));
        }
        Campaign campaign = CampaignReader.read(file, content, clock.instant());
        List<String> problems = new ArrayList<>(requests.problems(campaign));
        registry.find(campaign.name()).filter(other -> !other.file().equals(file)).ifPresent(other ->
                problems.add("name: '" + campaign.name() + "' is already the name of " + other.file().getFileName()));
        if (!problems.isEmpty()) {
            throw new InvalidCampaignException(file, problems);
        }
        return campaign;
    }

    private void forget(Path file) {
        Known before = known.remove(file);
        LOG.info("campaign file {} removed{}", file.getFileName(),
                before.campaign() == null ? "" : ": campaign " + before.campaign() + " stopped");
        drop(before);
    }

    /** Stops a campaign; files that were invalid are read again, one may have lost a clash of names with it. */
    private void drop(Known before) {
        if (before == null || before.campaign() == null) {
            return;
        }
        routes.unschedule(before.campaign());
        registry.remove(before.campaign());
        catchUp.removed(before.campaign());
        known.replaceAll((f, k) -> k.campaign() == null ? new Known("", null) : k);
    }
}
