package com.videopipeline.budget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The optional {@code budget} of a submission body ({@code {"name": ..., "requests": [...], "budget": {"usd": 5,
 * "seconds": 60, "mode": "downgrade"}}}): read strictly, every problem named by its field.
 */
public final class BudgetRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("usd", "seconds", "mode");

    /** A budget that cannot be used; the message names each field and what is wrong with it. */
    public static final class InvalidBudgetException extends IllegalArgumentException {
        InvalidBudgetException(List<String> problems) {
            super(String.join("; ", problems));
        }
    }

    private BudgetRequests() {
    }

    /**
     * The budget of a body of the form {@code {"requests": [...], "budget": {...}}}; empty when it has none, or has
     * another form (reading the requests reports a body that is not JSON; a lone request's "budget" is an unknown
     * field of that request).
     */
    public static Optional<BudgetSpec> fromBody(String body) {
        JsonNode budget;
        try {
            JsonNode root = JSON.readTree(body == null ? "" : body);
            budget = root != null && root.has("requests") ? root.path("budget") : MissingNode.getInstance();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (budget.isMissingNode() || budget.isNull()) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        if (!budget.isObject()) {
            throw new InvalidBudgetException(List.of("budget: must be an object such as {\"usd\": 5.00}"));
        }
        budget.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                problems.add("budget." + key + ": unknown key (allowed: usd, seconds, mode)");
            }
        });
        BigDecimal usd = positive(budget, "usd", "US dollars", problems);
        BigDecimal seconds = positive(budget, "seconds", "seconds of video", problems);
        BudgetMode mode = mode(budget.path("mode"), problems);
        if (usd == null && seconds == null && problems.isEmpty()) {
            problems.add("budget: give usd, seconds or both");
        }
        if (!problems.isEmpty()) {
            throw new InvalidBudgetException(problems);
        }
        return Optional.of(new BudgetSpec(usd, seconds, false, mode));
    }

    private static BigDecimal positive(JsonNode budget, String field, String unit, List<String> problems) {
        JsonNode value = budget.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || value.decimalValue().signum() <= 0) {
            problems.add("budget." + field + ": '" + value.asText() + "' must be a positive number (" + unit + ")");
            return null;
        }
        return value.decimalValue();
    }

    private static BudgetMode mode(JsonNode value, List<String> problems) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        BudgetMode mode = value.isTextual() ? BudgetMode.parse(value.asText()) : null;
        if (mode == null) {
            problems.add("budget.mode: '" + value.asText() + "' is not a mode (use " + String.join(" or ",
                    BudgetMode.texts()) + ")");
        }
        return mode;
    }
}
