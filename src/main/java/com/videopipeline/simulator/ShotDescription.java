package com.videopipeline.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The simulated chat model's answer to a brief: a shot description that keeps the brief's words and adds framing,
 * camera move, lighting and lens chosen by a hash of the brief, so the same brief always reads the same and
 * different briefs usually differ.
 */
final class ShotDescription {

    private static final List<String> FRAMINGS = List.of("Wide establishing shot", "Medium shot",
            "Close-up", "Low-angle shot", "High-angle aerial shot", "Over-the-shoulder shot");
    private static final List<String> MOVES = List.of("slow dolly-in", "smooth tracking shot from left to right",
            "gentle handheld drift", "locked-off tripod frame", "slow crane rise", "steady orbit around the subject");
    private static final List<String> LIGHTS = List.of("golden-hour backlight with long soft shadows",
            "soft overcast daylight", "crisp midday sun", "warm practical lamps at dusk",
            "cool blue-hour ambience", "high-key studio light");
    private static final List<String> LENSES = List.of("35mm lens, shallow depth of field",
            "50mm lens, natural perspective", "24mm wide lens, deep focus", "85mm lens, creamy bokeh");

    private ShotDescription() {
    }

    static String of(String brief) {
        String subject = brief.strip().replaceAll("[.!?]+$", "");
        byte[] hash = sha256(subject);
        return pick(FRAMINGS, hash[0]) + " of " + (subject.isEmpty() ? "the scene" : subject) + "; "
                + pick(MOVES, hash[1]) + "; " + pick(LIGHTS, hash[2]) + "; " + pick(LENSES, hash[3]) + ".";
    }

    private static String pick(List<String> options, byte b) {
        return options.get(Byte.toUnsignedInt(b) % options.size());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
