package com.videopipeline.campaign;

import java.nio.file.Path;
import java.time.Instant;

/** Campaign file texts for tests: a valid one to vary, and reading one the way the watcher does. */
final class CampaignFiles {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    static final String SPRING_SALE = """
            name: spring-sale
            enabled: true
            schedule:
              cron: "0 0 9 ? * MON"
              time-zone: Europe/Paris
              misfire: skip
            prompt: "{{brand}} {{product}} in {{city}}, {{style}}"
            matrix:
              product: [sneakers, backpack]
              city: [Paris, São Paulo, New York]
            variables:
              brand: Acme
            defaults:
              provider: runway
              model: gen4.5
              seconds: 5
              size: 1280x720
              style: cinematic
            targets: [outbox]
            budget-usd: 5.00
            """;

    private CampaignFiles() {
    }

    static Campaign read(String yaml) {
        return CampaignReader.read(Path.of("config/campaigns/spring-sale.yaml"), yaml, NOW);
    }

    /** The file with one line replaced (the first line containing {@code line}'s text before the colon). */
    static String with(String yaml, String from, String to) {
        if (!yaml.contains(from)) {
            throw new IllegalArgumentException("not in the file: " + from);
        }
        return yaml.replace(from, to);
    }
}
