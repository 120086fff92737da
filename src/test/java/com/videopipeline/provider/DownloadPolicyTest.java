package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which download URLs may be fetched: scheme, allowed hosts and the addresses they resolve to, all without DNS. */
class DownloadPolicyTest {

    private static final URI RUNWAY_API = URI.create("https://api.dev.runwayml.com");
    private static final DownloadPolicy.Resolver PUBLIC = Resolvers.table(Map.of(
            "api.dev.runwayml.com", "203.0.113.1",
            "dnznrvs05pmza.cloudfront.net", "203.0.113.2, 2001:db8::2",
            "a.example.com", "203.0.113.3",
            "a.b.example.com", "203.0.113.4",
            "example.com", "203.0.113.5",
            "evilexample.com", "203.0.113.6"));

    private static DownloadPolicy policy(List<String> hosts, boolean privateAllowed, DownloadPolicy.Resolver resolver) {
        return new DownloadPolicy("runway", RUNWAY_API, hosts, privateAllowed, resolver);
    }

    private static void assertRefused(DownloadPolicy policy, String url, String message) {
        assertThatThrownBy(() -> policy.check(URI.create(url)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.BAD_REQUEST);
                    assertThat(e.kind().retryable()).isFalse();
                    assertThat(e.getMessage()).contains(message).doesNotContain("secret");
                });
    }

    @Nested
    class Hosts {

        @Test
        void shouldAllowOnlyTheBaseUrlHostWhenDownloadHostsIsEmpty() {
            DownloadPolicy policy = policy(List.of(), false, PUBLIC);

            assertThatCode(() -> policy.check(URI.create("https://api.dev.runwayml.com/v1/x?sig=secret")))
                    .doesNotThrowAnyException();
            assertRefused(policy, "https://dnznrvs05pmza.cloudfront.net/out.mp4?_jwt=secret",
                    "runway: download refused: host dnznrvs05pmza.cloudfront.net is not allowed for runway "
                            + "(allowed: api.dev.runwayml.com; see download-hosts)");
        }

        @Test
        void shouldAllowAnExactHostWhateverItsCaseOrTrailingDot() {
            DownloadPolicy policy = policy(List.of("DNZNRVS05PMZA.cloudfront.net."), false, PUBLIC);

            assertThatCode(() -> policy.check(URI.create("https://dnznrvs05pmza.CloudFront.net./out.mp4?_jwt=x")))
                    .doesNotThrowAnyException();
        }

        @Test
        void shouldAllowEverySubdomainOfASuffixPatternButNotTheBareDomainOrALookalike() {
            DownloadPolicy policy = policy(List.of("*.example.com"), false, PUBLIC);

            assertThatCode(() -> policy.check(URI.create("https://a.example.com/v.mp4"))).doesNotThrowAnyException();
            assertThatCode(() -> policy.check(URI.create("https://a.b.example.com/v.mp4"))).doesNotThrowAnyException();
            assertRefused(policy, "https://example.com/v.mp4", "host example.com is not allowed");
            assertRefused(policy, "https://evilexample.com/v.mp4", "host evilexample.com is not allowed");
            assertRefused(policy, "https://a.example.com.evil.test/v.mp4", "is not allowed");
        }

        @Test
        void shouldNameEveryAllowedHostButNeverTheSignedQuery() {
            DownloadPolicy policy = policy(List.of("dnznrvs05pmza.cloudfront.net", "*.example.com"), false, PUBLIC);

            assertRefused(policy, "https://cdn.evil.example/out.mp4?_jwt=secret",
                    "runway: download refused: host cdn.evil.example is not allowed for runway (allowed: "
                            + "api.dev.runwayml.com, dnznrvs05pmza.cloudfront.net, *.example.com; see download-hosts)");
        }

        @Test
        void shouldNotLookUpAHostThatIsNotAllowed() {
            List<String> lookedUp = new ArrayList<>();
            DownloadPolicy policy = policy(List.of(), false, host -> {
                lookedUp.add(host);
                return PUBLIC.resolve(host);
            });

            assertRefused(policy, "https://cdn.evil.example/out.mp4", "is not allowed");
            assertThat(lookedUp).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"*", "*.com", "*.0.0.5", "cdn.*.example.com", "https://cdn.example.com",
                "cdn.example.com/out", " "})
        void shouldRefuseAMalformedDownloadHostsEntryAtStartUp(String entry) {
            assertThatThrownBy(() -> policy(List.of(entry), false, PUBLIC))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("pipeline.providers.runway.download-hosts: '" + entry + "'");
        }
    }

    @Nested
    class Schemes {

        @ParameterizedTest
        @ValueSource(strings = {"ftp://api.dev.runwayml.com/out.mp4", "file:///etc/passwd", "/relative/out.mp4"})
        void shouldRefuseEverySchemeButHttpAndHttps(String url) {
            assertRefused(policy(List.of(), true, PUBLIC), url, "is not http or https");
        }

        @Test
        void shouldRequireHttpsForAnAllowedHostWhenPrivateAddressesAreNotAllowed() {
            DownloadPolicy policy = policy(List.of("dnznrvs05pmza.cloudfront.net"), false, PUBLIC);

            assertRefused(policy, "http://dnznrvs05pmza.cloudfront.net/out.mp4?_jwt=secret",
                    "runway: download refused: plain http to dnznrvs05pmza.cloudfront.net; https is required");
        }

        @Test
        void shouldAllowPlainHttpToTheSimulatorOnlyOnItsOwnHost() {
            DownloadPolicy simulator = new DownloadPolicy("runway", URI.create("http://127.0.0.1:8091/runway"),
                    List.of(), true, Resolvers.literalsOnly());

            assertThatCode(() -> simulator.check(URI.create("http://127.0.0.1:40123/runway/outputs/t.mp4?sig=a")))
                    .doesNotThrowAnyException();
            assertRefused(simulator, "http://10.0.0.5/runway/outputs/t.mp4", "host 10.0.0.5 is not allowed");
            assertRefused(simulator, "http://localhost:8091/runway/outputs/t.mp4", "host localhost is not allowed");
        }
    }

    @Nested
    class Addresses {

        /** The host is the policy's own base URL host, so only the address rule can refuse it. */
        private DownloadPolicy onHost(String host, boolean privateAllowed) {
            return new DownloadPolicy("runway", URI.create("https://" + host), List.of(), privateAllowed,
                    Resolvers.literalsOnly());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "127.0.0.1 | loopback", "127.8.9.10 | loopback", "[::1] | loopback",
                "10.0.0.5 | site-local", "172.16.0.1 | site-local", "172.31.255.254 | site-local",
                "192.168.1.20 | site-local", "[fec0::1] | site-local",
                "169.254.169.254 | link-local", "[fe80::1] | link-local",
                "100.64.0.1 | carrier-grade NAT", "100.127.255.254 | carrier-grade NAT",
                "[fc00::1] | unique-local", "[fd12:3456::1] | unique-local",
                "0.0.0.0 | any-local", "[::] | any-local", "0.1.2.3 | this-network",
                "224.0.0.251 | multicast", "[ff02::1] | multicast", "240.0.0.1 | reserved", "255.255.255.255 | reserved",
                "[::ffff:10.0.0.5] | site-local", "[::a00:5] | site-local, embedded IPv4 10.0.0.5",
                "[64:ff9b::a9fe:a9fe] | link-local, embedded IPv4 169.254.169.254"})
        void shouldRefuseANonPublicAddressUnlessPrivateAddressesAreAllowed(String host, String kind) {
            String url = "https://" + host + "/out.mp4?sig=secret";

            assertRefused(onHost(host, false), url, "resolves to private address");
            assertRefused(onHost(host, false), url, "(" + kind + ")");
            assertThatCode(() -> onHost(host, true).check(URI.create(url))).doesNotThrowAnyException();
        }

        @ParameterizedTest
        @ValueSource(strings = {"8.8.8.8", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
                "192.169.0.1", "169.255.0.1", "[2001:4860:4860::8888]", "[fbff::1]", "[64:ff9b::808:808]"})
        void shouldAllowAPublicAddressNextToThePrivateRanges(String host) {
            assertThatCode(() -> onHost(host, false).check(URI.create("https://" + host + "/out.mp4")))
                    .doesNotThrowAnyException();
        }

        @Test
        void shouldRefuseANameWhenAnyOfItsAddressesIsPrivate() {
            DownloadPolicy policy = policy(List.of("cdn.example.com"), false,
                    Resolvers.table(Map.of("cdn.example.com", "203.0.113.10, 10.0.0.5")));

            assertRefused(policy, "https://cdn.example.com/out.mp4?sig=secret",
                    "runway: download refused: host cdn.example.com resolves to private address 10.0.0.5 (site-local)");
        }

        @Test
        void shouldCallAnAllowedHostThatDoesNotResolveARetryableConnectionFailure() {
            DownloadPolicy policy = policy(List.of("cdn.example.com"), false, Resolvers.table(Map.of()));

            assertThatThrownBy(() -> policy.check(URI.create("https://cdn.example.com/out.mp4?sig=secret")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FailureKind.CONNECTION);
                        assertThat(e.kind().retryable()).isTrue();
                        assertThat(e).hasMessage("runway: could not resolve download host cdn.example.com");
                    });
        }
    }
}
