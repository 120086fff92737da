package com.videopipeline.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Runs before the routes start: frees the leases a dead process left behind, so every unfinished job is taken up
 * again from the state the ledger recorded (poll, download, verify, deliver, or reconcile a lost submit).
 */
@Component
class LedgerRecovery implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerRecovery.class);

    private final JdbcJobStore store;
    private final LedgerProperties props;

    LedgerRecovery(JdbcJobStore store, LedgerProperties props) {
        this.store = store;
        this.props = props;
    }

    @Override
    public void afterPropertiesSet() {
        if (props.singleInstance()) {
            store.releaseAllLeases();
        }
        int active = store.countActive();
        if (active > 0) {
            LOG.info("ledger: {} unfinished jobs resume where they stood", active);
        }
    }
}
