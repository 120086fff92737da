package com.videopipeline.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one saturation run is asked to do, read from system properties ({@code -Dbench.*}, which Maven passes on to
 * the test JVM). Every default is what {@code bench/saturation.sh} documents.
 *
 * @param provider    {@code runway} (over the limit a task waits THROTTLED) or {@code sora} (over the limit a create
 *                    is refused with a 429)
 * @param jobs        N: prompts in the one drop file
 * @param concurrency C: the account's per-model limit at the simulator and the pipeline's max-concurrent-jobs
 * @param generation  T: the simulator's generation time per job
 * @param tickMillis  pipeline.jobs.tick-millis (how often every stage looks for due jobs)
 * @param pollMillis  pipeline.providers.&lt;provider&gt;.poll-interval (and the simulator's openai-poll-after)
 * @param finishPollMillis pipeline.providers.&lt;provider&gt;.finish-poll-interval (polls around an expected finish)
 * @param seconds     duration of each requested video
 * @param warmup      jobs of an unmeasured batch run first, so the JIT has seen every stage once
 * @param extra       further pipeline settings ({@code bench.props=key=value;key=value}), for experiments
 * @param out         where the result is written (the script prints it)
 * @param enforce     fail the test when the target (saturation >= 0.95, no failures) is missed
 */
record BenchSettings(String provider, int jobs, int concurrency, Duration generation, int tickMillis, int pollMillis,
                     int finishPollMillis, int seconds,
                     int warmup, Map<String, String> extra, Path out, boolean enforce) {

    static final double TARGET = 0.95;

    static BenchSettings fromSystemProperties() {
        int c = intProp("bench.c", 5);
        String provider = System.getProperty("bench.provider", "runway").trim();
        if (!provider.equals("runway") && !provider.equals("sora")) {
            throw new IllegalArgumentException("bench.provider is runway or sora, got " + provider);
        }
        return new BenchSettings(
                provider,
                intProp("bench.n", 200),
                c,
                Duration.ofMillis(intProp("bench.t-ms", 1000)),
                intProp("bench.tick-ms", 20),
                intProp("bench.poll-ms", 50),
                intProp("bench.finish-poll-ms", 20),
                intProp("bench.seconds", 4),
                intProp("bench.warmup", 2 * c),
                parseExtra(System.getProperty("bench.props", "")),
                Path.of(System.getProperty("bench.out",
                        Path.of(System.getProperty("java.io.tmpdir"), "saturation-bench.txt").toString())),
                Boolean.parseBoolean(System.getProperty("bench.enforce", "false")));
    }

    /** The model every line asks for: each provider's default text-to-video model. */
    String model() {
        return provider.equals("sora") ? "sora-2" : "gen4.5";
    }

    /** ceil(N / C) * T: the makespan if every slot were busy generating all the time, and nothing else took time. */
    Duration idealMakespan() {
        long waves = (jobs + concurrency - 1) / concurrency;
        return generation.multipliedBy(waves);
    }

    private static int intProp(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static Map<String, String> parseExtra(String spec) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (String pair : spec.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("bench.props wants key=value;key=value, got '" + pair + "'");
            }
            extra.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return extra;
    }
}
