package com.videopipeline.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class QueueFailuresTest {

    private final QueueFailures failures = new QueueFailures(new QueueProperties(true, "video.requests",
            "video.requests.DLQ", 1, 3, Duration.ofSeconds(1), null,
            new QueueProperties.Events(true, "topic:video.events", 100)));

    @Test
    void shouldDeadLetterAPoisonMessageAtItsFirstDelivery() {
        Exchange exchange = failed(new PoisonMessageException("unreadable request message: not valid JSON"), 1);

        assertThat(failures.deadLetter(exchange)).isTrue();
        assertThat(failures.reason(exchange)).isEqualTo("unreadable request message: not valid JSON");
    }

    @Test
    void shouldFindPoisonWrappedInAnotherException() {
        Exchange exchange = failed(new IllegalStateException("bean failed", new PoisonMessageException("no body")), 1);

        assertThat(failures.deadLetter(exchange)).isTrue();
        assertThat(failures.reason(exchange)).isEqualTo("no body");
    }

    @Test
    void shouldRollAnyOtherFailureBackUntilTheLastDelivery() {
        Exchange first = failed(new IllegalStateException("ledger unreachable"), 1);
        Exchange last = failed(new IllegalStateException("ledger unreachable"), 3);

        assertThat(failures.deadLetter(first)).isFalse();
        assertThat(failures.reason(first))
                .isEqualTo("delivery 1 of 3 failed: IllegalStateException: ledger unreachable");
        assertThat(failures.deadLetter(last)).isTrue();
        assertThat(failures.reason(last))
                .isEqualTo("failed 3 deliveries, last: IllegalStateException: ledger unreachable");
    }

    @Test
    void shouldTakeAMessageWithoutADeliveryCountAsItsFirstDelivery() {
        Exchange exchange = failed(new IllegalStateException("x"), null);

        assertThat(failures.deadLetter(exchange)).isFalse();
    }

    private static Exchange failed(Exception failure, Integer deliveries) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, failure);
        exchange.getMessage().setHeader("JMSXDeliveryCount", deliveries);
        return exchange;
    }
}
