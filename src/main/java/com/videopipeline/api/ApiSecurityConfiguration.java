package com.videopipeline.api;

import java.net.InetAddress;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may reach the API and the actuator (which shares its port): with a key, whoever presents it; without one,
 * loopback callers only. The server binds to loopback by default; bound anywhere else, it refuses to start without a
 * key, since both would otherwise be open to the network. The filter runs in Spring Security's API chain
 * (com.videopipeline.security.WebSecurityConfiguration), not on its own, so the servlet container is told not to run
 * it a second time.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiProperties properties, ServerProperties server) {
        requireKeyUnlessLoopback(server.getAddress(), properties);
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(
                new ApiKeyFilter(new ApiAccess(properties), properties.keyHeader()));
        registration.setName("apiKeyFilter");
        registration.setEnabled(false);
        return registration;
    }

    /** No address means every interface. */
    static void requireKeyUnlessLoopback(InetAddress address, ApiProperties properties) {
        if (!properties.hasKey() && (address == null || !address.isLoopbackAddress())) {
            throw new IllegalStateException("The server would listen on "
                    + (address == null ? "every network interface" : address.getHostAddress())
                    + " but no API key is configured: set PIPELINE_API_KEY (at least " + ApiProperties.MIN_KEY_LENGTH
                    + " characters), or bind to loopback with PIPELINE_BIND_ADDRESS=127.0.0.1");
        }
    }
}
