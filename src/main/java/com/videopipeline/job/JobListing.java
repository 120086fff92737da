package com.videopipeline.job;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lists jobs across batches by state, batch and campaign, newest first: what the REST API's job list serves. Read
 * only; each filter adds a fixed condition with a bound parameter, so no caller text reaches the SQL.
 */
@Component
public class JobListing {

    private final NamedParameterJdbcTemplate jdbc;

    JobListing(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What to list; a null filter does not filter. */
    public record Filter(JobState state, String batch, String campaign, int limit) {
    }

    public List<VideoJob> list(Filter filter) {
        List<String> where = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource("limit", filter.limit());
        if (filter.state() != null) {
            where.add("job.state = :state");
            params.addValue("state", filter.state().name());
        }
        if (filter.batch() != null) {
            where.add("job.batch_id = :batch");
            params.addValue("batch", filter.batch());
        }
        if (filter.campaign() != null) {
            where.add("batch.campaign = :campaign");
            params.addValue("campaign", filter.campaign());
        }
        String sql = "SELECT job.* FROM job JOIN batch ON batch.id = job.batch_id"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY job.seq DESC FETCH FIRST :limit ROWS ONLY";
        return jdbc.query(sql, params, (rs, i) -> JobRows.read(rs));
    }
}
