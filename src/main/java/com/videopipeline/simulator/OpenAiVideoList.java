package com.videopipeline.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page of {@code GET /videos}: cursor paging by {@code after}, {@code limit} (0..100) and {@code order}. */
final class OpenAiVideoList {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private OpenAiVideoList() {
    }

    static Map<String, Object> page(JobStore jobs, Map<String, String> query, Instant now, Duration ttl) {
        List<SimJob> all = new ArrayList<>(jobs.inCreationOrder());
        String order = query.getOrDefault("order", "desc");
        if ("desc".equals(order)) {
            Collections.reverse(all);
        } else if (!"asc".equals(order)) {
            throw ApiException.openAiInvalid("order", "invalid_value",
                    "Invalid value: '" + order + "'. Supported values are: 'asc' and 'desc'.");
        }
        int from = start(all, query.get("after"));
        int limit = limit(query.get("limit"));
        List<OpenAiVideoJson> data = all.subList(from, Math.min(all.size(), from + limit)).stream()
                .map(job -> OpenAiVideoJson.of(job, now, ttl))
                .toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("object", "list");
        page.put("data", data);
        page.put("first_id", data.isEmpty() ? null : data.get(0).id());
        page.put("last_id", data.isEmpty() ? null : data.get(data.size() - 1).id());
        page.put("has_more", from + data.size() < all.size());
        return page;
    }

    private static int start(List<SimJob> ordered, String after) {
        if (after == null) {
            return 0;
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id().equals(after)) {
                return i + 1;
            }
        }
        throw ApiException.openAiInvalid("after", "invalid_value", "No video found with id '" + after + "'.");
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 0 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range number
        }
        throw ApiException.openAiInvalid("limit", "invalid_value",
                "Invalid 'limit': expected an integer between 0 and " + MAX_LIMIT + ", got '" + text + "'.");
    }
}
