package com.videopipeline.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.budget.BatchBudgets;
import com.videopipeline.budget.BudgetChangeRefused;
import com.videopipeline.job.BatchTracker;
import com.videopipeline.job.JobReplay;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The API's change of a batch's budget: the operator's answer to jobs HELD by it. New limits are set in the ledger
 * first, then the held jobs are replayed, each going only if the new limits allow it (checked again on submit).
 */
@Component("apiBudgets")
public class ApiBudgets {

    private static final Logger LOG = LoggerFactory.getLogger(ApiBudgets.class);
    private static final Set<String> FIELDS = Set.of("usd", "seconds");

    private final BatchBudgets budgets;
    private final BatchTracker batches;
    private final JobReplay replay;
    private final ObjectMapper json;

    ApiBudgets(BatchBudgets budgets, BatchTracker batches, JobReplay replay, ObjectMapper json) {
        this.budgets = budgets;
        this.batches = batches;
        this.replay = replay;
        this.json = json;
    }

    /** Sets the limits {@code body} gives ({"usd": 5.00, "seconds": 60}, either or both). */
    public BudgetChangeView change(String batchId, String body) {
        if (!batches.exists(batchId)) {
            throw ApiProblem.notFound("no batch " + batchId);
        }
        JsonNode limits = read(body);
        try {
            var budget = budgets.change(batchId, amount(limits, "usd"), amount(limits, "seconds"));
            List<String> replayed = replay.replayHeld(batchId);
            LOG.info("budget of batch {} changed by the API: {}; {} held job(s) put back to work", batchId,
                    budget.summary(), replayed.size());
            return new BudgetChangeView(batchId, budget, replayed, ApiPaths.batch(batchId));
        } catch (BudgetChangeRefused e) {
            throw ApiProblem.conflict(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    private JsonNode read(String body) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw ApiProblem.badRequest("give the new limits as {\"usd\": 5.00, \"seconds\": 60} (either or both)");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiProblem.badRequest("unknown field '" + name + "': a budget takes usd and seconds");
            }
        }
        return node;
    }

    private static BigDecimal amount(JsonNode limits, String field) {
        JsonNode value = limits.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw ApiProblem.badRequest(field + " must be a number, not " + value);
        }
        return value.decimalValue();
    }
}
