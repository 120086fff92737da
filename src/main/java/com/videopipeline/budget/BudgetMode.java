package com.videopipeline.budget;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What becomes of a job its budget cannot pay for as asked. */
public enum BudgetMode {

    /** Not submitted: the job ends HELD with the reason, for an operator to replay once the budget allows it. */
    HOLD,
    /** Made cheaper (another model of its provider, then a smaller size) where that fits; held where nothing does. */
    DOWNGRADE;

    /** The mode named {@code text} (any case), or null when there is none of that name. */
    public static BudgetMode parse(String text) {
        return Arrays.stream(values()).filter(m -> m.text().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst().orElse(null);
    }

    /** As written in campaign files, API bodies and reports: {@code hold}, {@code downgrade}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> texts() {
        return Arrays.stream(values()).map(BudgetMode::text).toList();
    }
}
