package com.videopipeline.api;

import com.videopipeline.campaign.UnknownCampaignException;
import com.videopipeline.job.JobCancel;
import com.videopipeline.provider.ProviderException;
import com.videopipeline.request.MessageEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Maps what went wrong in an API route to its answer: client mistakes to 4xx with their reason, a provider's
 * refusal to 502, anything else to a 500 that shows no internals (the log has them).
 */
@Component("apiErrors")
public class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    public int status(Exception e) {
        if (e instanceof ApiProblem problem) {
            return problem.status();
        }
        if (e instanceof MessageEntries.UnreadableMessageException) {
            return 400;
        }
        if (e instanceof UnknownCampaignException) {
            return 404;
        }
        if (e instanceof JobCancel.RefusedException) {
            return 409;
        }
        if (e instanceof ProviderException) {
            return 502;
        }
        if (e instanceof JobCancel.BusyException) {
            return 503;
        }
        return 500;
    }

    public Object body(Exception e) {
        int status = status(e);
        if (status == 500) {
            LOG.error("API request failed", e);
            return new ErrorView(500, "internal error; the pipeline's log has the details");
        }
        if (e instanceof ApiProblem problem && problem.body() != null) {
            return problem.body();
        }
        String message = e instanceof MessageEntries.UnreadableMessageException
                ? "the body is not a request, an array of requests or {\"name\": ..., \"requests\": [...]}: "
                        + e.getMessage()
                : e.getMessage();
        return new ErrorView(status, message);
    }
}
