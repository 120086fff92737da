package com.videopipeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.TestSecrets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiKeyFilterTest {

    private static final String KEY = TestSecrets.FILTER_API_KEY;

    private static ApiProperties properties(String key) {
        return new ApiProperties(key, "X-API-Key", 100, 1000);
    }

    private static MockHttpServletResponse call(ApiProperties properties, String remote, String presentedKey) {
        return call(properties, remote, presentedKey, "/api/jobs");
    }

    private static MockHttpServletResponse call(ApiProperties properties, String remote, String presentedKey,
                                                String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(remote);
        if (presentedKey != null) {
            request.addHeader("X-API-Key", presentedKey);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            new ApiKeyFilter(new ApiAccess(properties), properties.keyHeader())
                    .doFilter(request, response, new MockFilterChain());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    @Nested
    class WithAKey {

        @Test
        void shouldLetTheKeyThroughFromAnyAddress() {
            assertThat(call(properties(KEY), "203.0.113.7", KEY).getStatus()).isEqualTo(200);
        }

        @Test
        void shouldAnswer401WithoutTheKeyEvenFromLoopback() throws Exception {
            MockHttpServletResponse response = call(properties(KEY), "127.0.0.1", null);

            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("ApiKey header=\"X-API-Key\"");
            assertThat(response.getContentAsString()).contains("needs the X-API-Key header");
        }

        @Test
        void shouldGuardTheActuatorTooButLeaveItsHealthOpen() {
            assertThat(call(properties(KEY), "203.0.113.7", null, "/actuator/jobs").getStatus()).isEqualTo(401);
            assertThat(call(properties(KEY), "203.0.113.7", null, "/actuator/health").getStatus()).isEqualTo(200);
            assertThat(call(properties(KEY), "203.0.113.7", null, "/actuator/health/liveness").getStatus())
                    .isEqualTo(200);
            assertThat(call(properties(KEY), "203.0.113.7", null, "/actuator/healthy").getStatus()).isEqualTo(401);
            assertThat(call(properties(KEY), "203.0.113.7", "not-the-key", "/actuator/health").getStatus())
                    .as("a wrong key is no reason to hide health from a load balancer").isEqualTo(200);
        }

        @Test
        void shouldAnswer401ForAWrongKeyOfAnyLength() {
            assertThat(call(properties(KEY), "127.0.0.1", KEY + "x").getStatus()).isEqualTo(401);
            assertThat(call(properties(KEY), "127.0.0.1", "a-long-enough-api-key-43").getStatus()).isEqualTo(401);
            assertThat(call(properties(KEY), "127.0.0.1", "").getStatus()).isEqualTo(401);
        }
    }

    @Nested
    class WithoutAKey {

        @Test
        void shouldAnswerLoopbackCallers() {
            assertThat(call(properties(""), "127.0.0.1", null).getStatus()).isEqualTo(200);
            assertThat(call(properties(null), "::1", null).getStatus()).isEqualTo(200);
        }

        @Test
        void shouldRefuseEveryOtherCaller() throws Exception {
            MockHttpServletResponse response = call(properties(null), "192.168.1.20", "anything");

            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getContentAsString()).contains("callers on this machine only");
        }
    }
}
