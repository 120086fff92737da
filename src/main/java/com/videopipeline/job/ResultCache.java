package com.videopipeline.job;

import com.videopipeline.provider.Download;
import com.videopipeline.request.VideoRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Serves an identical request (same normalised prompt, parameters, provider and model) from a video delivered
 * within the TTL, instead of paying for it again. The ledger is the cache: no second store to drift from it.
 * A hit must still have its file, at its recorded size, or it is no hit.
 */
@Component("resultCache")
public class ResultCache {

    private final NamedParameterJdbcTemplate jdbc;
    private final CacheProperties props;
    private final Clock clock;

    ResultCache(NamedParameterJdbcTemplate jdbc, CacheProperties props, Clock clock) {
        this.jdbc = jdbc;
        this.props = props;
        this.clock = clock;
    }

    /** A delivered video for this request, or empty when caching is off, opted out, or nothing fits. */
    public Optional<CachedVideo> lookup(VideoRequest request, String provider, String model) {
        if (!props.enabled() || !request.cache()) {
            return Optional.empty();
        }
        List<CachedVideo> hits = jdbc.query("SELECT batch_id, id, cached_from, delivered_path, video_bytes,"
                        + " video_sha256, video_content_type FROM job WHERE request_hash = :hash AND state = 'DELIVERED'"
                        + " AND delivered_at >= :since ORDER BY delivered_at DESC FETCH FIRST 5 ROWS ONLY",
                new MapSqlParameterSource("hash", LedgerCodec.requestHash(request, provider, model))
                        .addValue("since", JobRows.ts(clock.instant().minus(props.ttl()))),
                (rs, i) -> new CachedVideo(original(rs.getString("cached_from"), rs.getString("batch_id"),
                        rs.getString("id")), new Download(Path.of(rs.getString("delivered_path")),
                        rs.getLong("video_bytes"), rs.getString("video_sha256"), rs.getString("video_content_type"))));
        return hits.stream().filter(ResultCache::stillThere).findFirst();
    }

    /** A video served from the cache names the job that really made it, not the cached copy it was copied from. */
    private static String original(String cachedFrom, String batch, String id) {
        return cachedFrom != null ? cachedFrom : batch + "/" + id;
    }

    private static boolean stillThere(CachedVideo hit) {
        Path file = hit.video().file();
        try {
            return Files.isRegularFile(file) && Files.size(file) == hit.video().bytes();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A delivered video that can stand in for a new one, and the job that made it. */
    public record CachedVideo(String madeBy, Download video) {
    }
}
