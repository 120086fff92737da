package com.videopipeline.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The body bound runs first of all filters, before the security chains, so an oversized body is never read. Jolokia
 * is left out: only a logged-in console user's body is ever read there (the chain refuses anyone else first), and
 * Hawtio's bulk reads grow with the number of MBeans.
 */
@Configuration(proxyBeanMethods = false)
class RequestBodyLimitConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(WebSecurityProperties properties) {
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
                new RequestBodyLimit(properties.maxRequestBody().toBytes(), WebSecurityConfiguration.jolokia()));
        registration.setName("requestBodyLimit");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
