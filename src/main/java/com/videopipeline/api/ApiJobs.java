package com.videopipeline.api;

import com.videopipeline.job.JobCancel;
import com.videopipeline.job.JobListing;
import com.videopipeline.job.JobState;
import com.videopipeline.job.JobStatusQuery;
import com.videopipeline.job.VideoJob;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The API's job operations: read one, list by state, batch or campaign, cancel one. */
@Component("apiJobs")
public class ApiJobs {

    static final String CANCEL_REASON = "cancelled by API";

    private final JobStatusQuery status;
    private final JobListing listing;
    private final JobCancel cancel;
    private final ApiProperties properties;

    ApiJobs(JobStatusQuery status, JobListing listing, JobCancel cancel, ApiProperties properties) {
        this.status = status;
        this.listing = listing;
        this.cancel = cancel;
        this.properties = properties;
    }

    public JobView job(String batchId, String jobId) {
        return status.job(batchId, jobId).map(JobView::of).orElseThrow(() -> unknown(batchId, jobId));
    }

    /** Query values as sent; blank ones do not filter. */
    public JobList list(String state, String batch, String campaign, String limit) {
        JobListing.Filter filter = new JobListing.Filter(state(state), blankToNull(batch), blankToNull(campaign),
                limit(limit));
        var jobs = listing.list(filter).stream().map(JobView::of).toList();
        return new JobList(filter.state() == null ? null : filter.state().name(), filter.batch(), filter.campaign(),
                filter.limit(), jobs.size(), jobs);
    }

    /** Cancels the job (at its provider where the provider allows it); returns it as cancelled. */
    public VideoJob cancel(String batchId, String jobId) {
        return cancel.cancel(batchId + "/" + jobId, CANCEL_REASON).orElseThrow(() -> unknown(batchId, jobId));
    }

    private static JobState state(String text) {
        String name = blankToNull(text);
        if (name == null) {
            return null;
        }
        try {
            return JobState.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("state '" + name + "' is not one of " + Arrays.toString(JobState.values()));
        }
    }

    private int limit(String text) {
        String value = blankToNull(text);
        if (value == null) {
            return properties.defaultLimit();
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= properties.maxLimit()) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw ApiProblem.badRequest("limit '" + value + "' must be a whole number from 1 to " + properties.maxLimit());
    }

    private static ApiProblem unknown(String batchId, String jobId) {
        return ApiProblem.notFound("no job " + jobId + " in batch " + batchId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
