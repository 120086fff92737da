package com.videopipeline.job;

import java.time.Instant;

/** When each step of a job happened, for sidecars and for measuring where the minutes go. */
public class JobTimeline {
    Instant accepted;
    Instant submitting;
    Instant submitted;
    Instant providerFinished;
    Instant downloaded;
    Instant delivered;
    Instant finished;

    public Instant accepted() { return accepted; }
    /** When the last submit call started: the window in which a lost submit must have been created. */
    public Instant submitting() { return submitting; }
    public Instant submitted() { return submitted; }
    public Instant providerFinished() { return providerFinished; }
    public Instant downloaded() { return downloaded; }
    public Instant delivered() { return delivered; }
    public Instant finished() { return finished; }

    public void submitting(Instant at) { submitting = at; }
    public void submitted(Instant at) { submitted = at; }
    public void providerFinished(Instant at) { providerFinished = at; }
    public void downloaded(Instant at) { downloaded = at; }
    public void delivered(Instant at) { delivered = at; }
}
