package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The key of a non-provider endpoint: the named variable first, the loopback key only for a loopback host. */
class EndpointKeyTest {

    private static final URI LOOPBACK = URI.create("http://127.0.0.1:8089/v1");
    private static final URI REMOTE = URI.create("https://api.example.com/v1");

    @Test
    void shouldPreferTheKeyInTheNamedVariable() {
        MockEnvironment environment = new MockEnvironment().withProperty("ENDPOINT_TEST_KEY", " sk-real \n");

        assertThat(new EndpointKey(environment, "ENDPOINT_TEST_KEY", "sk-loop", LOOPBACK).authorization())
                .contains("Bearer sk-real");
    }

    @Test
    void shouldUseTheLoopbackKeyOnlyForALoopbackHost() {
        MockEnvironment environment = new MockEnvironment();

        assertThat(new EndpointKey(environment, "ENDPOINT_TEST_KEY", "sk-loop", LOOPBACK).authorization())
                .contains("Bearer sk-loop");
        EndpointKey remote = new EndpointKey(environment, "ENDPOINT_TEST_KEY", "sk-loop", REMOTE);
        assertThat(remote.authorization()).isEmpty();
        assertThat(remote.missing()).isEqualTo("no API key for api.example.com: set ENDPOINT_TEST_KEY");
        assertThat(remote.toString()).doesNotContain("sk-loop");
    }
}
