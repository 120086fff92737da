package com.videopipeline.enrich;

import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.LoopbackHosts;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The expansion endpoint's key, read from the Spring Environment (environment variables and test properties alike)
 * each time it is needed, so a rotated key is used without a restart. The configured loopback key stands in only
 * for a loopback base URL, so the simulator's key can never reach a real host. The key is never kept or logged.
 */
@Component
class ExpansionCredentials {

    private final Environment environment;
    private final ExpansionProperties props;

    ExpansionCredentials(Environment environment, ExpansionProperties props) {
        this.environment = environment;
        this.props = props;
    }

    /** The value of the Authorization header. */
    String authorization() throws ExpansionException {
        String key = environment.getProperty(props.apiKeyEnv());
        if (key != null && !key.isBlank()) {
            return "Bearer " + key.strip();
        }
        String loopbackKey = props.loopbackKey();
        if (loopbackKey != null && !loopbackKey.isBlank() && LoopbackHosts.isLoopback(props.baseUrl())) {
            return "Bearer " + loopbackKey.strip();
        }
        throw new ExpansionException(FailureKind.AUTHENTICATION, "no API key for " + props.baseUrl().getHost()
                + ": set " + props.apiKeyEnv());
    }
}
