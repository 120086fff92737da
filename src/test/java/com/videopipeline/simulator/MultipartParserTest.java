package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written multipart parser against bodies as clients build them. */
class MultipartParserTest {

    @Test
    void shouldSplitTextAndFilePartsKeepingBinaryDataIntact() {
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0, (byte) 0xFF};
        MultipartBody body = new MultipartBody().text("prompt", "héllo\r\nworld")
                .file("input_reference", "a.png", "image/png", image);

        List<MultipartPart> parts = MultipartParser.parse(body.bytes(), MultipartParser.boundary(body.contentType()));

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).name()).isEqualTo("prompt");
        assertThat(parts.get(0).isFile()).isFalse();
        assertThat(parts.get(0).text()).isEqualTo("héllo\r\nworld");
        assertThat(parts.get(1).filename()).isEqualTo("a.png");
        assertThat(parts.get(1).contentType()).isEqualTo("image/png");
        assertThat(parts.get(1).data()).containsExactly(image);
    }

    @Test
    void shouldReadQuotedBoundaryAndIgnorePreamble() {
        String raw = "preamble\r\n--b;1\r\nContent-Disposition: form-data; name=\"a;b\"\r\n\r\nv\r\n--b;1--\r\n";

        List<MultipartPart> parts = MultipartParser.parse(raw.getBytes(StandardCharsets.UTF_8),
                MultipartParser.boundary("multipart/form-data; boundary=\"b;1\""));

        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part.name()).isEqualTo("a;b");
            assertThat(part.text()).isEqualTo("v");
        });
    }

    @Test
    void shouldReturnNoBoundaryForOtherContentTypes() {
        assertThat(MultipartParser.boundary("application/json")).isNull();
        assertThat(MultipartParser.boundary("multipart/form-data")).isNull();
        assertThat(MultipartParser.boundary(null)).isNull();
    }

    @Test
    void shouldRejectBodyWithoutClosingBoundary() {
        byte[] raw = "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> MultipartParser.parse(raw, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectPartWithoutName() {
        byte[] raw = "--x\r\nContent-Disposition: form-data\r\n\r\nv\r\n--x--".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> MultipartParser.parse(raw, "x")).hasMessageContaining("no name");
    }
}
