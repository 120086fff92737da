package com.videopipeline.job;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When a provider counts as down. Only failures that say something about the provider's health count (5xx,
 * timeouts, refused connections, garbled answers); a 429 asks us to slow down and a 400 is our request's fault.
 *
 * @param failureRate percentage of failed calls in the window that opens the circuit
 * @param window      calls the failure rate is measured over
 * @param openFor     how long an open circuit rests before a few trial calls
 * @param trialCalls  calls let through to test a resting provider
 */
@Validated
@ConfigurationProperties("pipeline.circuit-breaker")
public record CircuitProperties(
        @DefaultValue("50") @Min(1) @Max(100) int failureRate,
        @DefaultValue("20") @Min(1) int window,
        @DefaultValue("30s") @NotNull Duration openFor,
        @DefaultValue("3") @Min(1) int trialCalls) {
}
