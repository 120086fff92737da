package com.videopipeline.provider;

import com.videopipeline.request.VideoSize;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Picks the allowed value closest to what was asked, so a rejection can tell the user what would work. */
final class Nearest {

    private Nearest() {
    }

    /** Closest by absolute difference; a tie goes to the smaller (cheaper) value. */
    static int number(List<Integer> allowed, int wanted) {
        return allowed.stream()
                .min(Comparator.<Integer>comparingInt(v -> Math.abs(v - wanted)).thenComparingInt(v -> v))
                .orElseThrow();
    }

    /** Closest aspect ratio first (so the picture keeps its shape), then closest area. */
    static VideoSize size(List<VideoSize> allowed, VideoSize wanted) {
        double aspect = Math.log(wanted.aspect());
        long area = (long) wanted.width() * wanted.height();
        return allowed.stream()
                .min(Comparator.<VideoSize>comparingDouble(s -> Math.abs(Math.log(s.aspect()) - aspect))
                        .thenComparingLong(s -> Math.abs((long) s.width() * s.height() - area)))
                .orElseThrow();
    }

    /** {@code 4, 8, 12} or {@code 2-10}: runs of three or more consecutive values are shortened. */
    static String numbers(List<Integer> values) {
        List<Integer> sorted = values.stream().distinct().sorted().toList();
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i) != sorted.get(i - 1) + 1) {
                parts.addAll(run(sorted.subList(start, i)));
                start = i;
            }
        }
        return String.join(", ", parts);
    }

    private static List<String> run(List<Integer> run) {
        if (run.size() >= 3) {
            return List.of(run.get(0) + "-" + run.get(run.size() - 1));
        }
        return run.stream().map(String::valueOf).toList();
    }
}
