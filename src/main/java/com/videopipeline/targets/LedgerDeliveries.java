package com.videopipeline.targets;

import com.videopipeline.job.BatchDeliveries;
import com.videopipeline.job.TargetDelivery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A batch's deliveries as the {@code delivery_target} table holds them now, per job or per target. */
@Component
class LedgerDeliveries implements BatchDeliveries {

    private final TargetLedger ledger;

    LedgerDeliveries(TargetLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Map<String, List<TargetDelivery>> byJob(String batchId) {
        return ledger.batch(batchId).stream().filter(TargetRecord::isJob).collect(Collectors.groupingBy(
                TargetRecord::item, LinkedHashMap::new, Collectors.mapping(r -> new TargetDelivery(r.target(),
                        r.location(), r.state(), r.attempts(), r.lastError()), Collectors.toList())));
    }

    @Override
    public List<TargetState> byTarget(String batchId) {
        Map<String, List<TargetRecord>> rows = ledger.batch(batchId).stream().collect(Collectors.groupingBy(
                TargetRecord::target, LinkedHashMap::new, Collectors.toList()));
        return Targets.KNOWN.stream().filter(rows::containsKey).map(t -> state(t, rows.get(t))).toList();
    }

    private static TargetState state(String target, List<TargetRecord> rows) {
        int delivered = 0;
        int pending = 0;
        List<Undelivered> undelivered = new ArrayList<>();
        for (TargetRecord r : rows) {
            delivered += "DELIVERED".equals(r.state()) ? 1 : 0;
            pending += "PENDING".equals(r.state()) ? 1 : 0;
            if (!"DELIVERED".equals(r.state()) && undelivered.size() < MAX_LISTED) {
                undelivered.add(new Undelivered(r.isJob() ? r.item() : "batch", r.state(), r.attempts(),
                        r.lastError()));
            }
        }
        return new TargetState(target, delivered, pending, rows.size() - delivered - pending, undelivered);
    }
}
