package com.videopipeline.moderation;

import com.videopipeline.provider.LoopbackHosts;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The moderation API's key, read from the Spring Environment (environment variables and test properties alike) at
 * each call, so a rotated key is used without a restart. The configured loopback key stands in only for a loopback
 * base URL, so the simulator's key can never reach a real host. The key is never kept or logged.
 */
@Component
class ModerationCredentials {

    private final Environment environment;
    private final ModerationApiProperties props;

    ModerationCredentials(Environment environment, ModerationApiProperties props) {
        this.environment = environment;
        this.props = props;
    }

    /** The value of the Authorization header. */
    String authorization() throws ModerationUnavailable {
        String key = environment.getProperty(props.apiKeyEnv());
        if (key != null && !key.isBlank()) {
            return "Bearer " + key.strip();
        }
        String loopbackKey = props.loopbackKey();
        if (loopbackKey != null && !loopbackKey.isBlank() && LoopbackHosts.isLoopback(props.baseUrl())) {
            return "Bearer " + loopbackKey.strip();
        }
        throw new ModerationUnavailable("no API key for " + props.baseUrl().getHost() + ": set "
                + props.apiKeyEnv(), false);
    }
}
