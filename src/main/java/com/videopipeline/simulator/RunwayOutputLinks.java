package com.videopipeline.simulator;

import java.time.Clock;
import java.time.Duration;

/** Makes the signed output URLs of succeeded Runway tasks, valid for the output TTL (shorter if one was injected). */
final class RunwayOutputLinks {

    private final String baseUrl;
    private final OutputSigner signer;
    private final Duration ttl;
    private final Clock clock;

    RunwayOutputLinks(String baseUrl, OutputSigner signer, Duration ttl, Clock clock) {
        this.baseUrl = baseUrl;
        this.signer = signer;
        this.ttl = ttl;
        this.clock = clock;
    }

    String urlFor(SimJob job) {
        long expires = clock.instant().plus(job.outputTtl(ttl)).getEpochSecond();
        return baseUrl + RunwayOutputHandler.PATH + job.id() + ".mp4?exp=" + expires
                + "&sig=" + signer.sign(job.id(), expires);
    }
}
