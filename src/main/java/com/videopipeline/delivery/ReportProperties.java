package com.videopipeline.delivery;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The batch report beside each manifest ({@code report.csv}, {@code report.html} and poster frames).
 *
 * @param enabled        false: only the manifest is written
 * @param posterPosition where in a video its poster frame is taken: 0 the first frame, 1 the last
 * @param posterWidth    posters wider than this are scaled down, keeping the sheet light
 */
@Validated
@ConfigurationProperties("pipeline.report")
public record ReportProperties(@DefaultValue("true") boolean enabled,
                               @DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double posterPosition,
                               @DefaultValue("480") @Min(16) int posterWidth) {
}
