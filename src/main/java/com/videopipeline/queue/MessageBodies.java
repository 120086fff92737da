package com.videopipeline.queue;

import jakarta.jms.BytesMessage;
import jakarta.jms.MapMessage;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Message;
import org.apache.camel.component.jms.JmsMessage;

/**
 * The text of a request message. Requests are JSON, sent as a text message or as UTF-8 bytes; any other kind of JMS
 * message (a map, a serialized object) is poison, refused by type rather than read with a guessed meaning.
 */
final class MessageBodies {

    private MessageBodies() {
    }

    static String text(Message message) {
        Object body;
        try {
            body = message.getBody();
        } catch (RuntimeException e) {
            // an object message whose class is not trusted, say: its content never reaches us
            throw new PoisonMessageException("the body cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (body instanceof String text) {
            return text;
        }
        if (body instanceof byte[] bytes) {
            return utf8(bytes);
        }
        throw new PoisonMessageException(body == null ? "the message has no body"
                : "a " + kind(message) + " cannot hold a request: send the JSON as a text or bytes message");
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PoisonMessageException("the bytes message is not UTF-8 text");
        }
    }

    private static String kind(Message message) {
        jakarta.jms.Message jms = message instanceof JmsMessage m ? m.getJmsMessage() : null;
        if (jms instanceof MapMessage) {
            return "map message";
        }
        if (jms instanceof ObjectMessage) {
            return "object message";
        }
        if (jms instanceof StreamMessage) {
            return "stream message";
        }
        if (jms instanceof BytesMessage) {
            return "bytes message";
        }
        return "message whose body is " + message.getBody().getClass().getSimpleName();
    }
}
