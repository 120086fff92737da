package com.videopipeline.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.utils.UUID;
import org.apache.activemq.artemis.utils.UUIDGenerator;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.core.MessageCreator;

/** What a system on the other side of the broker does: sends requests, reads replies, the dead letters and events. */
final class QueueClient implements AutoCloseable {

    static final String REQUESTS = "video.requests";
    static final String DEAD_LETTER = "video.requests.DLQ";

    private final ObjectMapper json = new ObjectMapper();
    private final JmsTemplate jms;
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private Connection subscription;

    QueueClient(ConnectionFactory factory) {
        jms = new JmsTemplate(factory);
        jms.setReceiveTimeout(30_000);
    }

    /** Sends and returns the JMS message id the broker gave the message. */
    String send(MessageCreator creator) {
        AtomicReference<Message> sent = new AtomicReference<>();
        jms.send(REQUESTS, session -> {
            Message message = creator.createMessage(session);
            sent.set(message);
            return message;
        });
        try {
            return sent.get().getJMSMessageID();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    String send(String text) {
        return send(session -> session.createTextMessage(text));
    }

    /** Sends with a JMSReplyTo (a temporary queue) and returns the pipeline's answer. */
    JsonNode request(MessageCreator creator) throws JMSException {
        Message reply = jms.sendAndReceive(REQUESTS, creator);
        if (reply == null) {
            throw new AssertionError("no reply within 30 s");
        }
        return read(((TextMessage) reply).getText());
    }

    /**
     * Sends one text message twice under the same message id, as a producer or bridge that resends a message does;
     * JMS gives every send a new id, so this goes through Artemis' core API to the embedded broker. Returns the id
     * as JMS consumers see it.
     */
    static String sendTwiceUnderOneId(int embeddedServerId, String text) throws Exception {
        UUID userId = UUIDGenerator.getInstance().generateUUID();
        try (ServerLocator locator = ActiveMQClient.createServerLocator("vm://" + embeddedServerId);
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession();
             ClientProducer producer = session.createProducer(REQUESTS)) {
            for (int i = 0; i < 2; i++) {
                ClientMessage message = session.createMessage(ClientMessage.TEXT_TYPE, true);
                // the body as a JMS text message carries it
                message.getBodyBuffer().writeNullableSimpleString(SimpleString.of(text));
                message.setUserID(userId);
                producer.send(message);
            }
        }
        return "ID:" + userId;
    }

    JsonNode request(String text) throws JMSException {
        return request(session -> session.createTextMessage(text));
    }

    /** The dead letter whose JMSCorrelationID is {@code correlation}, or null after 30 s. */
    Message deadLetter(String correlation) {
        return jms.receiveSelected(DEAD_LETTER, "JMSCorrelationID = '" + correlation + "'");
    }

    /** Subscribes to the events topic; what arrives is kept, with its JMS properties under "_properties". */
    void subscribeToEvents(ConnectionFactory factory) throws JMSException {
        ConnectionFactory target = factory instanceof CachingConnectionFactory caching
                ? caching.getTargetConnectionFactory() : factory;
        subscription = target.createConnection();
        Session session = subscription.createSession(false, Session.AUTO_ACKNOWLEDGE);
        session.createConsumer(session.createTopic("video.events")).setMessageListener(message -> {
            try {
                ObjectNode event = (ObjectNode) read(((TextMessage) message).getText());
                event.putObject("_properties").put("eventType", message.getStringProperty("eventType"))
                        .put("batchId", message.getStringProperty("batchId"))
                        .put("jobState", message.getStringProperty("jobState"));
                events.add(event);
            } catch (JMSException e) {
                throw new IllegalStateException(e);
            }
        });
        subscription.start();
    }

    List<JsonNode> events() {
        return events;
    }

    JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws JMSException {
        if (subscription != null) {
            subscription.close();
        }
    }
}
