package com.videopipeline.queue;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.springframework.stereotype.Component;

/**
 * Decides what becomes of a request message whose processing failed: a poison message is dead-lettered at once (it
 * would fail the same way for ever), any other failure is rolled back for the broker to deliver again, until the
 * message has failed {@code pipeline.queue.max-deliveries} times. Reasons never quote the body.
 */
@Component("queueFailures")
class QueueFailures {

    private final QueueProperties props;

    QueueFailures(QueueProperties props) {
        this.props = props;
    }

    /** True: to the dead-letter queue now. False: roll back, the broker delivers it again. */
    public boolean deadLetter(Exchange exchange) {
        return poison(failure(exchange)) || deliveries(exchange) >= props.maxDeliveries();
    }

    /** Why the message failed, for the log and the dead-letter queue's {@code pipelineError} property. */
    public String reason(Exchange exchange) {
        Throwable failure = failure(exchange);
        if (poison(failure)) {
            return poisonOf(failure).getMessage();
        }
        String why = failure == null ? "unknown failure"
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        int n = deliveries(exchange);
        return n >= props.maxDeliveries() ? "failed " + n + " deliveries, last: " + why
                : "delivery " + n + " of " + props.maxDeliveries() + " failed: " + why;
    }

    private static Throwable failure(Exchange exchange) {
        Exception caught = exchange.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, Exception.class);
        return caught != null ? caught : exchange.getException();
    }

    private static boolean poison(Throwable failure) {
        return poisonOf(failure) != null;
    }

    private static Throwable poisonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PoisonMessageException) {
                return t;
            }
        }
        return null;
    }

    /** The broker counts deliveries (JMSXDeliveryCount, from 1); a broker that does not is taken as the first. */
    private static int deliveries(Exchange exchange) {
        Integer count = exchange.getMessage().getHeader("JMSXDeliveryCount", Integer.class);
        return count == null ? 1 : count;
    }
}
