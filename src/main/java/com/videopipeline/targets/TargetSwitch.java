package com.videopipeline.targets;

/**
 * A delivery target that configuration switches on or off (S3, email); their settings records say which, so the
 * choice of targets never depends on the beans that deliver.
 */
public interface TargetSwitch {

    /** The target's name, as requests, submissions and campaign files spell it. */
    String target();

    boolean enabled();

    /** Why a target named explicitly cannot be delivered to, for a rejection or the ledger's last error. */
    default String offReason() {
        return target() + " is not enabled here (pipeline.delivery." + target() + ".enabled is false)";
    }
}
