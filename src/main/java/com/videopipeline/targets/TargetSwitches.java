package com.videopipeline.targets;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Which targets are switched on here: the outbox always, S3 and email as their settings say. */
@Component
class TargetSwitches {

    private final List<TargetSwitch> switches;

    TargetSwitches(List<TargetSwitch> switches) {
        this.switches = List.copyOf(switches);
    }

    boolean enabled(String target) {
        return Targets.OUTBOX.equals(target) || find(target).map(TargetSwitch::enabled).orElse(false);
    }

    /** Why the target cannot be delivered to; null when it can. */
    String offReason(String target) {
        if (enabled(target)) {
            return null;
        }
        return find(target).map(TargetSwitch::offReason).orElse("unknown target '" + target + "' (known: "
                + String.join(", ", Targets.KNOWN) + ")");
    }

    /** What is wrong with targets named explicitly (a request's, a submission's), as {@code targets: ...}; or null. */
    String problem(List<String> named) {
        return named.stream().map(this::offReason).filter(r -> r != null).findFirst()
                .map(reason -> "targets: " + reason).orElse(null);
    }

    private Optional<TargetSwitch> find(String target) {
        return switches.stream().filter(s -> s.target().equals(target)).findFirst();
    }
}
