package com.videopipeline.campaign;

import com.videopipeline.budget.PlannedJob;
import com.videopipeline.provider.ProviderRouter;
import com.videopipeline.provider.RoutingDecision;
import com.videopipeline.request.DropContext;
import com.videopipeline.request.LineOutcome;
import com.videopipeline.request.RawLine;
import com.videopipeline.request.RequestMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A campaign's entries as the request lines the accept route takes (the same fields a prompt file has), checked
 * and priced the way the accept route would: the request mapper validates, the provider router routes and prices.
 */
@Component
class CampaignRequests {

    private final RequestMapper mapper;
    private final ProviderRouter router;

    CampaignRequests(RequestMapper mapper, ProviderRouter router) {
        this.mapper = mapper;
        this.router = router;
    }

    /** One request line per entry, numbered from 1 in matrix order; tagged with the campaign's name. */
    static List<RawLine> lines(Campaign campaign) {
        List<RawLine> lines = new ArrayList<>();
        for (CampaignEntry entry : campaign.entries()) {
            lines.add(new RawLine(lines.size() + 1, fields(campaign, entry), null));
        }
        return lines;
    }

    /** What the accept route would reject in these entries, one line per entry ({@code entry X: reason}). */
    List<String> problems(Campaign campaign) {
        DropContext context = DropContext.withoutFolder(null);
        List<String> problems = new ArrayList<>();
        for (RawLine line : lines(campaign)) {
            String problem = problem(line, context);
            if (problem != null) {
                problems.add("entry " + line.fields().get("id") + ": " + problem);
            }
        }
        return problems;
    }

    /**
     * Every entry that would be accepted, routed and priced as the accept route would (USD per model and size; a
     * cached video may cost less), in order: what a firing's budget is forecast on.
     */
    List<PlannedJob> planned(List<RawLine> lines) {
        DropContext context = DropContext.withoutFolder(null);
        List<PlannedJob> planned = new ArrayList<>();
        for (RawLine line : lines) {
            LineOutcome outcome = mapper.map(line, context);
            RoutingDecision decision = outcome.accepted() ? router.route(outcome.request()) : null;
            if (decision != null && decision.accepted()) {
                planned.add(new PlannedJob(decision.provider(), decision.model(), outcome.request(),
                        decision.estimatedCost()));
            }
        }
        return planned;
    }

    /** The estimated cost of making every entry that would be accepted (USD; a cached video may cost less). */
    static BigDecimal estimate(List<PlannedJob> planned) {
        return planned.stream().map(PlannedJob::estimatedCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String problem(RawLine line, DropContext context) {
        LineOutcome outcome = mapper.map(line, context);
        if (!outcome.accepted()) {
            return outcome.error();
        }
        RoutingDecision decision = router.route(outcome.request());
        return decision.accepted() ? null : decision.rejection();
    }

    private static Map<String, Object> fields(Campaign campaign, CampaignEntry entry) {
        CampaignDefaults d = campaign.defaults();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", entry.id());
        fields.put("prompt", entry.prompt());
        putIfSet(fields, "provider", d.provider());
        putIfSet(fields, "model", d.model());
        putIfSet(fields, "seconds", d.seconds());
        putIfSet(fields, "size", d.size());
        putIfSet(fields, "cache", d.cache());
        putIfSet(fields, "preset", d.preset());
        putIfSet(fields, "brand", d.brand());
        putIfSet(fields, "expand", d.expand());
        fields.put("tags", List.of(campaign.name()));
        return fields;
    }

    private static void putIfSet(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
