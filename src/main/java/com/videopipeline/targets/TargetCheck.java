package com.videopipeline.targets;

import com.videopipeline.intake.Candidate;
import com.videopipeline.provider.FailureKind;
import org.springframework.stereotype.Component;

/**
 * The accept route's check of a request's own {@code targets}: one this installation does not deliver to (S3 or
 * email switched off) refuses the entry before anything is paid, with a reason naming the field and the target,
 * rather than making a video that cannot go where it was asked to.
 */
@Component("targetCheck")
public class TargetCheck {

    private final TargetSwitches switches;

    TargetCheck(TargetSwitches switches) {
        this.switches = switches;
    }

    /** The candidate, refused when it names a target that is off; null (an entry already rejected) passes. */
    public Candidate check(Candidate candidate) {
        if (candidate == null) {
            return null;
        }
        String problem = switches.problem(candidate.request().options().targets());
        return problem == null ? candidate : candidate.refuse(FailureKind.BAD_REQUEST, problem);
    }
}
