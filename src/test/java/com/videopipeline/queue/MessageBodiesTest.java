package com.videopipeline.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.Test;

class MessageBodiesTest {

    @Test
    void shouldReadTextAndUtf8Bytes() {
        assertThat(MessageBodies.text(message("{\"prompt\": \"é\"}"))).isEqualTo("{\"prompt\": \"é\"}");
        assertThat(MessageBodies.text(message("{\"prompt\": \"é\"}".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("{\"prompt\": \"é\"}");
    }

    @Test
    void shouldRefuseBytesThatAreNotUtf8() {
        assertThatThrownBy(() -> MessageBodies.text(message(new byte[] {(byte) 0xC3, (byte) 0x28})))
                .isInstanceOf(PoisonMessageException.class).hasMessage("the bytes message is not UTF-8 text");
    }

    @Test
    void shouldRefuseBodiesThatCannotHoldARequest() {
        assertThatThrownBy(() -> MessageBodies.text(message(null)))
                .isInstanceOf(PoisonMessageException.class).hasMessage("the message has no body");
        assertThatThrownBy(() -> MessageBodies.text(message(Map.of("prompt", "x"))))
                .isInstanceOf(PoisonMessageException.class).hasMessageContaining("cannot hold a request");
    }

    private static Message message(Object body) {
        Message message = new DefaultMessage(new DefaultCamelContext());
        message.setBody(body);
        return message;
    }
}
