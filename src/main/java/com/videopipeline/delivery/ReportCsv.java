package com.videopipeline.delivery;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** {@code report.csv}: one row per job of the batch, RFC 4180 quoted, for a spreadsheet. */
final class ReportCsv {

    private static final CsvMapper CSV = CsvMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

    private ReportCsv() {
    }

    @JsonPropertyOrder({"id", "status", "provider", "model", "secondsRequested", "durationSeconds", "size",
            "estimatedCostUsd", "actualCostUsd", "discardedVideos", "failureKind", "failureCategory", "failureReason",
            "file", "comparison", "budget", "prompt"})
    record Row(String id, String status, String provider, String model, int secondsRequested,
               Double durationSeconds, String size, String estimatedCostUsd, String actualCostUsd,
               int discardedVideos, String failureKind, String failureCategory, String failureReason, String file,
               String comparison, String budget, String prompt) {
    }

    static byte[] csv(List<JobDocument> jobs) {
        try {
            return CSV.writer(SCHEMA).writeValueAsBytes(jobs.stream().map(ReportCsv::row).toList());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write report.csv", e);
        }
    }

    static Row row(JobDocument job) {
        JobDocument.Failure failure = job.failure();
        return new Row(job.id(), job.status(), job.provider(), job.model(), job.request().seconds(),
                job.verification() == null ? null : job.verification().durationSeconds(), job.request().size(),
                plain(job.estimatedCostUsd()), plain(job.actualCostUsd()),
                job.discardedVideos() == null ? 0 : job.discardedVideos().size(),
                failure == null ? null : failure.kind(), failure == null ? null : failure.category(),
                failure == null ? null : text(failure.message()),
                job.files() == null ? null : job.files().video(), job.request().comparison(), text(job.budget()),
                text(job.request().prompt()));
    }

    private static String plain(BigDecimal usd) {
        return usd == null ? null : usd.toPlainString();
    }

    /**
     * Prompts are user input: a cell starting with = + - @ would run as a formula in a spreadsheet (CSV
     * injection), so such text is prefixed with an apostrophe, which spreadsheets show as plain text.
     * The manifest keeps the exact text.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
