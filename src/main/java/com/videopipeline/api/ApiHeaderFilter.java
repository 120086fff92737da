package com.videopipeline.api;

import java.util.Locale;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpHeaderFilterStrategy;
import org.springframework.stereotype.Component;

/**
 * The API's answers carry only the headers the API means to send. A Camel message carries the request's headers
 * along (the API key among them), and the HTTP binding would otherwise echo them all back. Incoming headers are
 * filtered as by Camel's HTTP components, so none can pose as an internal Camel header.
 */
@Component("apiHeaderFilter")
class ApiHeaderFilter extends HttpHeaderFilterStrategy {

    /** Status and content type are written by the binding itself; these are the only other answer headers. */
    private static final Set<String> ANSWERED = Set.of("location", "retry-after", "content-type");

    @Override
    public boolean applyFilterToCamelHeaders(String name, Object value, Exchange exchange) {
        return !ANSWERED.contains(name.toLowerCase(Locale.ROOT));
    }
}
