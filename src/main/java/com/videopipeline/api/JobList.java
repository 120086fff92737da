package com.videopipeline.api;

import java.util.List;

/** A page of listed jobs, newest first, with the filters that selected them. */
record JobList(String state, String batch, String campaign, int limit, int count, List<JobView> jobs) {
}
