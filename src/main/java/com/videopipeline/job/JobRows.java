package com.videopipeline.job;

import com.videopipeline.media.Mp4Info;
import com.videopipeline.provider.Download;
import com.videopipeline.provider.FailureKind;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps a job to the columns of the {@code job} table and back. */
final class JobRows {

    private JobRows() {
    }

    static VideoJob read(ResultSet rs) throws SQLException {
        VideoJob job = new VideoJob(rs.getString("batch_id"), rs.getString("source_file"), rs.getInt("source_line"),
                LedgerCodec.request(rs.getString("request_json")), rs.getString("provider"), rs.getString("model"),
                rs.getBigDecimal("estimated_cost"), instant(rs, "accepted_at"));
        job.restore(JobState.valueOf(rs.getString("state")), instant(rs, "due_at"), rs.getString("provider_job_id"),
                rs.getInt("attempts"), rs.getInt("failures"));
        double progress = rs.getDouble("progress");
        job.progress(rs.wasNull() ? null : progress);
        job.lastStatus(LedgerCodec.status(rs.getString("last_status_json")));
        job.restoreCachedFrom(rs.getString("cached_from"));
        job.restoreFetchFailures(rs.getInt("fetch_failures"));
        job.restoreRetries(rs.getInt("retries"));
        job.restoreDiscarded(LedgerCodec.discarded(rs.getString("discarded_json")));
        job.actualCost(rs.getBigDecimal("actual_cost"));
        job.restoreBudgetNote(rs.getString("budget_note"));
        JobTimeline t = job.timeline();
        t.submitting = instant(rs, "submitting_at");
        t.submitted = instant(rs, "submitted_at");
        t.providerFinished = instant(rs, "provider_finished_at");
        t.downloaded = instant(rs, "downloaded_at");
        t.delivered = instant(rs, "delivered_at");
        t.finished = instant(rs, "finished_at");
        String kind = rs.getString("failure_kind");
        String delivered = rs.getString("delivered_path");
        job.restoreResults(download(rs, "video_path", "video_bytes", "video_sha256", "video_content_type"),
                download(rs, "thumbnail_path", "thumbnail_bytes", "thumbnail_sha256", "thumbnail_type"),
                info(rs), delivered == null ? null : Path.of(delivered),
                kind == null ? null : FailureKind.valueOf(kind), rs.getString("failure_message"));
        return job;
    }

    /** The columns written when a job is created. */
    static Map<String, Object> created(VideoJob job) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("batch_id", job.batchId());
        c.put("id", job.id());
        c.put("source_file", job.sourceFile());
        c.put("source_line", job.sourceLine());
        c.put("request_json", LedgerCodec.request(job.request()));
        c.put("request_hash", LedgerCodec.requestHash(job.request(), job.provider(), job.model()));
        c.put("provider", job.provider());
        c.put("model", job.model());
        c.put("estimated_cost", job.estimatedCost());
        c.put("accepted_at", ts(job.timeline().accepted()));
        c.putAll(changing(job));
        return c;
    }

    /** The columns that change as a job moves on. */
    static Map<String, Object> changing(VideoJob job) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("state", job.state().name());
        // a budget's downgrade may change the size (and model) before the job is submitted
        c.put("request_json", LedgerCodec.request(job.request()));
        c.put("budget_note", job.budgetNote());
        c.put("provider", job.provider());
        c.put("model", job.model());
        c.put("estimated_cost", job.estimatedCost());
        c.put("request_hash", LedgerCodec.requestHash(job.request(), job.provider(), job.model()));
        c.put("cached_from", job.cachedFrom());
        c.put("actual_cost", job.actualCost());
        c.put("discarded_json", LedgerCodec.discarded(job.discardedVideos()));
        c.put("due_at", ts(job.dueAt()));
        c.put("provider_job_id", job.providerJobId());
        c.put("progress", job.progress());
        c.put("attempts", job.attempts());
        c.put("failures", job.failures());
        c.put("fetch_failures", job.fetchFailures());
        c.put("retries", job.retries());
        c.put("last_status_json", LedgerCodec.status(job.lastStatus()));
        timeline(c, job.timeline());
        download(c, "video_path", "video_bytes", "video_sha256", "video_content_type", job.video());
        download(c, "thumbnail_path", "thumbnail_bytes", "thumbnail_sha256", "thumbnail_type", job.thumbnail());
        Mp4Info info = job.verified();
        c.put("verified_seconds", info == null ? null : info.durationSeconds());
        c.put("verified_width", info == null ? null : info.width());
        c.put("verified_height", info == null ? null : info.height());
        c.put("verified_codec", info == null ? null : info.codec());
        c.put("verified_frames", info == null ? null : info.frames());
        c.put("delivered_path", job.deliveredVideo() == null ? null : job.deliveredVideo().toString());
        c.put("failure_kind", job.failureKind() == null ? null : job.failureKind().name());
        c.put("failure_message", truncate(job.failureMessage()));
        return c;
    }

    private static void timeline(Map<String, Object> c, JobTimeline t) {
        c.put("submitting_at", ts(t.submitting));
        c.put("submitted_at", ts(t.submitted));
        c.put("provider_finished_at", ts(t.providerFinished));
        c.put("downloaded_at", ts(t.downloaded));
        c.put("delivered_at", ts(t.delivered));
        c.put("finished_at", ts(t.finished));
    }

    private static void download(Map<String, Object> c, String path, String bytes, String sha, String type,
                                 Download d) {
        c.put(path, d == null ? null : d.file().toString());
        c.put(bytes, d == null ? null : d.bytes());
        c.put(sha, d == null ? null : d.sha256());
        c.put(type, d == null ? null : d.contentType());
    }

    private static Download download(ResultSet rs, String path, String bytes, String sha, String type)
            throws SQLException {
        String file = rs.getString(path);
        return file == null ? null
                : new Download(Path.of(file), rs.getLong(bytes), rs.getString(sha), rs.getString(type));
    }

    private static Mp4Info info(ResultSet rs) throws SQLException {
        double seconds = rs.getDouble("verified_seconds");
        return rs.wasNull() ? null : new Mp4Info(seconds, rs.getInt("verified_width"),
                rs.getInt("verified_height"), rs.getString("verified_codec"), rs.getLong("verified_frames"));
    }

    /** TIMESTAMP WITH TIME ZONE as JDBC 4.2 wants it; H2 and PostgreSQL both keep the instant exactly. */
    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 4000 ? message : message.substring(0, 3990) + " [...]";
    }
}
