package com.videopipeline.campaign;

import java.nio.file.Path;
import java.util.List;

/** A campaign file that cannot be used as written; the message names the file and every field that is wrong. */
public class InvalidCampaignException extends RuntimeException {

    private final transient Path file;
    private final List<String> problems;

    InvalidCampaignException(Path file, List<String> problems) {
        super("campaign file " + file.getFileName() + " is invalid: " + String.join("; ", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    /** One line per problem, each starting with the field it is about ({@code schedule.cron: ...}). */
    public List<String> problems() {
        return problems;
    }
}
