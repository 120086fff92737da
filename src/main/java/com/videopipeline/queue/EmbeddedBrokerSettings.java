package com.videopipeline.queue;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * The embedded broker's side of the queue's promises (Spring Boot applies this only to the broker it embeds; an
 * external broker needs the same settings in its own broker.xml, see the README). The requests queue and its
 * dead-letter queue exist from the start, and a message rolled back {@code max-deliveries} times without our
 * consumer dead-lettering it (the process died with it every time) goes to the same dead-letter queue instead of
 * being delivered for ever. Other processes reach the broker only through {@code embedded-acceptor}, if set.
 */
@Component
class EmbeddedBrokerSettings implements ArtemisConfigurationCustomizer {

    private final QueueProperties props;

    EmbeddedBrokerSettings(QueueProperties props) {
        this.props = props;
    }

    @Override
    public void customize(Configuration configuration) {
        if (props.embeddedAcceptor() != null && !props.embeddedAcceptor().isBlank()) {
            addAcceptor(configuration, props.embeddedAcceptor());
        }
        configuration.addAddressConfiguration(anycastQueue(props.requests()));
        configuration.addAddressConfiguration(anycastQueue(props.deadLetter()));
        long delay = props.redeliveryDelay().toMillis();
        configuration.addAddressSetting(props.requests(), new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(props.deadLetter()))
                .setMaxDeliveryAttempts(props.maxDeliveries())
                // a failure that is not the message's fault (the ledger unreachable) gets time to pass
                .setRedeliveryDelay(delay)
                .setRedeliveryMultiplier(2)
                .setMaxRedeliveryDelay(Math.max(delay, delay * 32)));
    }

    private static void addAcceptor(Configuration configuration, String url) {
        try {
            configuration.addAcceptorConfiguration("pipeline-tcp", url);
        } catch (Exception e) {
            throw new IllegalArgumentException("pipeline.queue.embedded-acceptor: " + e.getMessage(), e);
        }
    }

    private static CoreAddressConfiguration anycastQueue(String name) {
        return new CoreAddressConfiguration().setName(name).addRoutingType(RoutingType.ANYCAST)
                .addQueueConfiguration(QueueConfiguration.of(name).setRoutingType(RoutingType.ANYCAST));
    }
}
