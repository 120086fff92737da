package com.videopipeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.security.WebSecurityProperties.ConsoleUser;
import com.videopipeline.security.WebSecurityProperties.Login;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.cors.CorsConfiguration;

class CrossOriginPolicyTest {

    private static final ConsoleUser NOBODY = new ConsoleUser(null, null);

    private static CorsConfiguration policy(List<String> origins) {
        WebSecurityProperties properties = new WebSecurityProperties(NOBODY, NOBODY, origins, DataSize.ofMegabytes(10),
                new Login(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)));
        return new WebSecurityConfiguration().corsConfigurationSource(properties)
                .getCorsConfiguration(new MockHttpServletRequest("POST", "/api/batches"));
    }

    @Test
    void shouldAdmitNoOriginByDefault() {
        CorsConfiguration cors = policy(List.of());

        assertThat(cors).isNotNull();
        assertThat(cors.checkOrigin("https://ops.example.com")).isNull();
        assertThat(new ConsoleRestrictor(List.of()).isOriginAllowed("https://ops.example.com", false)).isFalse();
    }

    @Test
    void shouldAdmitExactlyTheListedOriginsWithoutCredentials() {
        CorsConfiguration cors = policy(List.of("https://ops.example.com"));
        ConsoleRestrictor jolokia = new ConsoleRestrictor(List.of("https://ops.example.com"));

        assertThat(cors.checkOrigin("https://ops.example.com")).isEqualTo("https://ops.example.com");
        assertThat(cors.checkOrigin("https://ops.example.com.evil.example")).isNull();
        assertThat(cors.checkOrigin("http://ops.example.com")).isNull();
        assertThat(cors.getAllowCredentials()).isFalse();
        assertThat(jolokia.isOriginAllowed("https://ops.example.com", false)).isTrue();
        assertThat(jolokia.isOriginAllowed("https://elsewhere.example", false)).isFalse();
    }
}
