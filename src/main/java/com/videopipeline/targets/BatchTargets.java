package com.videopipeline.targets;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code batch_targets} table: each batch's targets once decided, and by what. The first decision stands: a
 * submission's own {@code targets} are recorded as the batch is opened, before any job can be delivered; the others
 * when the batch first needs them.
 */
@Component("batchTargets")
public class BatchTargets {

    /** Who decided a batch's targets, most specific first. */
    public static final String BY_BATCH = "batch";
    static final String BY_CAMPAIGN = "campaign";
    static final String BY_ORIGIN = "origin";
    static final String BY_DEFAULT = "default";

    record Choice(List<String> targets, String decidedBy) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SubmittedTargets submitted;
    private final Clock clock;

    BatchTargets(NamedParameterJdbcTemplate jdbc, SubmittedTargets submitted, Clock clock) {
        this.jdbc = jdbc;
        this.submitted = submitted;
        this.clock = clock;
    }

    /**
     * The batch-level {@code targets} of a message body (API request, queue message), outbox first; empty when it
     * names none. Throws {@link IllegalArgumentException} naming the field when they are unknown or switched off.
     */
    public List<String> read(String body) {
        return submitted.read(body);
    }

    /** Records a submission's own targets for its batch (nothing when it named none; a repeat changes nothing). */
    public void submitted(String batchId, List<String> targets) {
        if (!targets.isEmpty()) {
            record(batchId, targets, BY_BATCH);
        }
    }

    /** Records the batch's targets unless already decided; returns what stands. */
    Choice record(String batchId, List<String> targets, String decidedBy) {
        try {
            jdbc.update("INSERT INTO batch_targets (batch_id, targets, decided_by, decided_at) SELECT :batch,"
                    + " :targets, :by, :now WHERE NOT EXISTS (SELECT 1 FROM batch_targets WHERE batch_id = :batch)",
                    new MapSqlParameterSource("batch", batchId).addValue("targets", Targets.join(targets))
                            .addValue("by", decidedBy).addValue("now", Timestamp.from(clock.instant())));
        } catch (DuplicateKeyException e) {
            // another thread decided between the check and the insert: its choice stands
        }
        return find(batchId).orElseThrow();
    }

    Optional<Choice> find(String batchId) {
        return jdbc.query("SELECT targets, decided_by FROM batch_targets WHERE batch_id = :batch",
                new MapSqlParameterSource("batch", batchId),
                (rs, i) -> new Choice(Targets.split(rs.getString(1)), rs.getString(2))).stream().findFirst();
    }
}
