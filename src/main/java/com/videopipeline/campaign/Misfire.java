package com.videopipeline.campaign;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.quartz.CronTrigger;

/**
 * What happens to firings a campaign missed: while the service was down (decided at start-up from the ledger), or
 * while Quartz could not fire on time (Quartz applies the same policy through the trigger's misfire instruction).
 */
public enum Misfire {

    /** One catch-up firing now, for the latest missed time, however many were missed. */
    FIRE_ONCE(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW),

    /** Missed firings are logged and recorded, never made up; the next firing is the next scheduled one. */
    SKIP(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);

    private final int quartzInstruction;

    Misfire(int quartzInstruction) {
        this.quartzInstruction = quartzInstruction;
    }

    /** The value of the Quartz trigger's {@code misfireInstruction}. */
    int quartzInstruction() {
        return quartzInstruction;
    }

    /** As written in campaign files: {@code fire-once}, {@code skip}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The policy written {@code text}, or null when there is none of that name. */
    static Misfire parse(String text) {
        return Arrays.stream(values()).filter(m -> m.text().equals(text)).findFirst().orElse(null);
    }

    static List<String> texts() {
        return Arrays.stream(values()).map(Misfire::text).toList();
    }
}
