package com.videopipeline.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.api.management.ManagedCamelContext;
import org.apache.camel.api.management.mbean.ManagedRouteMBean;

/**
 * Camel's own counters of the stage routes: how many ticks each timer fired during the measured batch and how long
 * one tick took (a timer tick runs its whole split, HTTP calls included, before the next tick can start).
 */
record RouteStats(String route, long exchanges, long meanMillis, long maxMillis, long totalMillis) {

    static final List<String> ROUTES = List.of("ingest-folder", "submit-jobs", "poll-jobs", "fetch-videos",
            "deliver-video", "settle-job", "reconcile-jobs", "complete-batch");

    static void reset(ManagedCamelContext camel) throws Exception {
        for (String id : ROUTES) {
            ManagedRouteMBean route = camel.getManagedRoute(id);
            if (route != null) {
                route.reset();
            }
        }
    }

    static Map<String, RouteStats> read(ManagedCamelContext camel) {
        Map<String, RouteStats> stats = new LinkedHashMap<>();
        for (String id : ROUTES) {
            ManagedRouteMBean route = camel.getManagedRoute(id);
            if (route != null) {
                stats.put(id, new RouteStats(id, route.getExchangesTotal(), route.getMeanProcessingTime(),
                        route.getMaxProcessingTime(), route.getTotalProcessingTime()));
            }
        }
        return stats;
    }
}
