package com.videopipeline.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A JSON message holds one request, an array of them, or a named envelope; a bad entry does not spoil the rest. */
class MessageEntriesTest {

    @Test
    void shouldReadASingleRequestObjectAsOneEntry() {
        MessageEntries.Parsed parsed = MessageEntries.parse("{\"prompt\": \"a kite\", \"seconds\": 4}");

        assertThat(parsed.name()).isNull();
        assertThat(parsed.entries()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.fields()).containsEntry("prompt", "a kite");
        });
    }

    @Test
    void shouldNumberTheEntriesOfAnArrayAndReportOnesThatAreNotObjects() {
        MessageEntries.Parsed parsed = MessageEntries.parse("[{\"prompt\": \"a\"}, 42, {\"prompt\": \"b\"}]");

        assertThat(parsed.entries()).extracting(RawLine::line).containsExactly(1, 2, 3);
        assertThat(parsed.entries().get(1).error()).isEqualTo("entry 2 is a number, not a request object");
        assertThat(parsed.entries().get(2).fields()).containsEntry("prompt", "b");
    }

    @Test
    void shouldTakeTheBatchNameAndRequestsFromAnEnvelope() {
        MessageEntries.Parsed parsed = MessageEntries.parse(
                "{\"name\": \"spring promo\", \"requests\": [{\"prompt\": \"a\"}, \"oops\"]}");

        assertThat(parsed.name()).isEqualTo("spring promo");
        assertThat(parsed.entries()).hasSize(2);
        assertThat(parsed.entries().get(1).error()).isEqualTo("entry 2 is not a request object");
    }

    @Test
    void shouldRefuseABodyThatIsNotARequestMessageWithoutEchoingIt() {
        assertThatThrownBy(() -> MessageEntries.parse("{\"prompt\": \"secret plan\""))
                .isInstanceOf(MessageEntries.UnreadableMessageException.class)
                .hasMessageStartingWith("not valid JSON")
                .hasMessageNotContaining("secret plan");
        assertThatThrownBy(() -> MessageEntries.parse("\"just a string\""))
                .hasMessage("expected a request object or an array of them, found a string");
        assertThatThrownBy(() -> MessageEntries.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
