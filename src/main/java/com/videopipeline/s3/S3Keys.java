package com.videopipeline.s3;

import com.videopipeline.job.Batch;
import com.videopipeline.job.VideoJob;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Object keys from the configured templates. A key depends only on what the ledger holds about the batch and the
 * job, never on the time of delivery, so delivering again after a crash writes the same key.
 * Placeholders: {batch} {id} {date} (the batch's arrival, UTC yyyy-MM-dd) {campaign} (its name, else the origin)
 * {origin} {provider} {model}; batch files also {file}.
 */
@Component
class S3Keys {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final S3Properties props;

    S3Keys(S3Properties props) {
        this.props = props;
        render(props.keyTemplate(), sample());
        render(props.batchKeyTemplate(), sample());
    }

    /** The video's key; its sidecar's is the same with {@code .json}. */
    String video(Batch batch, VideoJob job) {
        Map<String, String> values = values(batch);
        values.put("id", job.id());
        values.put("provider", job.provider());
        values.put("model", job.model());
        return render(props.keyTemplate(), values);
    }

    static String sidecar(String videoKey) {
        return videoKey.substring(0, videoKey.length() - ".mp4".length()) + ".json";
    }

    String batchFile(Batch batch, String file) {
        Map<String, String> values = values(batch);
        values.put("file", file);
        return render(props.batchKeyTemplate(), values);
    }

    private static Map<String, String> values(Batch batch) {
        Map<String, String> values = new HashMap<>();
        values.put("batch", batch.id());
        values.put("date", DATE.format(batch.received()));
        values.put("origin", batch.origin());
        values.put("campaign", batch.campaign() == null ? batch.origin() : batch.campaign());
        return values;
    }

    /** Fails on a placeholder this template may not use, so a typo in the config stops the start, not a delivery. */
    private static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("unknown or empty placeholder {" + m.group(1) + "} in " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static Map<String, String> sample() {
        Map<String, String> all = new HashMap<>();
        for (String name : new String[] {"batch", "id", "date", "campaign", "origin", "provider", "model", "file"}) {
            all.put(name, name);
        }
        return all;
    }
}
