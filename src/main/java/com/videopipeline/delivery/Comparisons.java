package com.videopipeline.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The batch's comparisons: the jobs one request made at several providers or models, gathered into one entry
 * each, sides in the order the request named them, so the manifest and the contact sheet can set them side by side.
 */
final class Comparisons {

    private Comparisons() {
    }

    /**
     * One comparison: the request's id and prompt (its brief when enrichment rewrote it), and a side per provider
     * or model; {@code cheapestDelivered} names the side that delivered for the least money, if any delivered.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Comparison(String id, String prompt, List<Side> sides, String cheapestDelivered) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Side(String job, String provider, String model, String status, String video, Double durationSeconds,
                BigDecimal costUsd, String failure) {
    }

    static List<Comparison> of(List<JobDocument> jobs) {
        Map<String, List<JobDocument>> groups = new LinkedHashMap<>();
        jobs.stream().filter(j -> j.request().comparison() != null)
                .forEach(j -> groups.computeIfAbsent(j.request().comparison(), k -> new ArrayList<>()).add(j));
        return groups.entrySet().stream().map(e -> comparison(e.getKey(), e.getValue())).toList();
    }

    /** The ids of jobs that are a side of some comparison. */
    static boolean isSide(JobDocument job) {
        return job.request().comparison() != null;
    }

    private static Comparison comparison(String id, List<JobDocument> sides) {
        JobDocument first = sides.get(0);
        String prompt = Objects.requireNonNullElse(first.request().brief(), first.request().prompt());
        String cheapest = sides.stream().filter(s -> s.failure() == null && s.files() != null)
                .filter(s -> s.actualCostUsd() != null)
                .min((a, b) -> a.actualCostUsd().compareTo(b.actualCostUsd())).map(JobDocument::id).orElse(null);
        return new Comparison(id, prompt, sides.stream().map(Comparisons::side).toList(), cheapest);
    }

    private static Side side(JobDocument job) {
        return new Side(job.id(), job.provider(), job.model(), job.status(),
                job.files() == null ? null : job.files().video(),
                job.verification() == null ? null : job.verification().durationSeconds(), job.actualCostUsd(),
                job.failure() == null ? null : job.failure().kind() + ": " + job.failure().message());
    }
}
