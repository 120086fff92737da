package com.videopipeline.job;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Knows which batches exist and decides, exactly once per batch, that a batch is complete: the moment its manifest
 * may be written. Both the last job settling and the file finishing can be that moment, whichever comes later; the
 * decision is one conditional UPDATE, so it holds across threads, restarts and instances.
 */
@Component("batchTracker")
public class BatchTracker {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public BatchTracker(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Registers a batch; the id must be new. {@code sourceSha256} is the drop file's content hash, or null. */
    public Batch open(String id, String sourceFile, String sourceSha256) {
        return open(id, sourceFile, sourceSha256, "folder", null);
    }

    /**
     * Registers a batch from any source. {@code sourceSha256} identifies what it was made from (a file's content,
     * a message's id), so the same input is never made into a second batch.
     */
    public Batch open(String id, String sourceFile, String sourceSha256, String origin, String campaign) {
        jdbc.update("INSERT INTO batch (id, source_file, source_sha256, received_at, origin, campaign)"
                + " VALUES (:id, :file, :sha, :at, :origin, :campaign)",
                params(id).addValue("file", sourceFile).addValue("sha", sourceSha256)
                        .addValue("at", JobRows.ts(clock.instant())).addValue("origin", origin)
                        .addValue("campaign", campaign));
        return find(id).orElseThrow();
    }

    /** The earliest batch made from a file with this content, if any. */
    public Optional<Batch> findBySource(String sourceSha256) {
        return jdbc.query("SELECT * FROM batch WHERE source_sha256 = :sha ORDER BY received_at",
                new MapSqlParameterSource("sha", sourceSha256), BatchTracker::read).stream().findFirst();
    }

    public boolean exists(String id) {
        return find(id).isPresent();
    }

    public Optional<Batch> find(String id) {
        return jdbc.query("SELECT * FROM batch WHERE id = :id", params(id), BatchTracker::read).stream().findFirst();
    }

    /** Marks every line of the batch read; returns the batch if that completed it, else null. */
    public Batch seal(String id, int accepted, int rejected, Path report) {
        jdbc.update("UPDATE batch SET sealed = TRUE, accepted = :accepted, rejected = :rejected, report_path = :report"
                + " WHERE id = :id", params(id).addValue("accepted", accepted).addValue("rejected", rejected)
                .addValue("report", report == null ? null : report.toString()));
        return completeIfDone(id);
    }

    /** Called whenever a job may have reached a terminal state; returns its batch if that completed it, else null. */
    public Batch jobSettled(VideoJob job) {
        return job.state().isTerminal() ? completeIfDone(job.batchId()) : null;
    }

    /** Opens a completed batch again (jobs replayed): it completes, and writes its manifest, once more. */
    public void reopen(String id) {
        jdbc.update("UPDATE batch SET completed_at = NULL, manifest_path = NULL WHERE id = :id", params(id));
    }

    /** Records that the batch's manifest is written. */
    public void manifestWritten(String id, Path manifest) {
        jdbc.update("UPDATE batch SET manifest_path = :manifest WHERE id = :id",
                params(id).addValue("manifest", manifest == null ? "" : manifest.toString()));
    }

    /** Batches that completed but whose manifest was never written (a crash in between). */
    public List<Batch> completedWithoutManifest() {
        return jdbc.query("SELECT * FROM batch WHERE completed_at IS NOT NULL AND manifest_path IS NULL ORDER BY received_at",
                new MapSqlParameterSource(), BatchTracker::read);
    }

    /** True when every batch is complete. */
    public boolean allComplete() {
        Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM batch WHERE completed_at IS NULL",
                new MapSqlParameterSource(), Integer.class);
        return open != null && open == 0;
    }

    private Batch completeIfDone(String id) {
        int won = jdbc.update("UPDATE batch SET completed_at = :now WHERE id = :id AND sealed AND completed_at IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM job WHERE job.batch_id = :id AND " + JdbcJobStore.ACTIVE + ")",
                params(id).addValue("now", JobRows.ts(clock.instant())));
        return won == 1 ? find(id).orElseThrow() : null;
    }

    private static MapSqlParameterSource params(String id) {
        return new MapSqlParameterSource("id", id);
    }

    private static Batch read(ResultSet rs, int row) throws SQLException {
        String report = rs.getString("report_path");
        String manifest = rs.getString("manifest_path");
        return new Batch(rs.getString("id"), rs.getString("source_file"), rs.getString("source_sha256"),
                JobRows.instant(rs, "received_at"),
                rs.getBoolean("sealed"), rs.getInt("accepted"), rs.getInt("rejected"),
                report == null ? null : Path.of(report), JobRows.instant(rs, "completed_at"),
                manifest == null || manifest.isEmpty() ? null : Path.of(manifest), rs.getString("origin"),
                rs.getString("campaign"));
    }
}
