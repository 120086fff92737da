package com.videopipeline.queue;

/**
 * One event on its way to {@code video.events}: its JSON, built when it happened (the job object moves on), and
 * what subscribers may select on without parsing it (JMS properties {@code eventType}, {@code batchId},
 * {@code jobState}).
 */
record PipelineEvent(String type, String batchId, String jobState, String json) {
}
