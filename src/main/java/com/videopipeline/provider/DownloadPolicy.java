package com.videopipeline.provider;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, before a single byte is requested, whether a download URL may be fetched at all: a provider hands us
 * these URLs, so without this check a crafted output URL could make us read our own network (SSRF).
 */
final class DownloadPolicy {

    private static final Logger log = LoggerFactory.getLogger(DownloadPolicy.class);

    /** A host name, or an IPv6 literal without brackets. */
    private static final Pattern HOST = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*|[0-9a-f:.]*:[0-9a-f:.]*");

    private static final Pattern NUMERIC_END = Pattern.compile("\\.[0-9]+$");

    /** Looks a host up; tests pass a fixed table so that no test needs DNS. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final String provider;
    private final List<String> allowed;
    private final boolean privateAllowed;
    private final Resolver resolver;

    /**
     * @param downloadHosts  exact names and {@code *.suffix} patterns; the base URL's host is always allowed, because
     *                       the provider's own API host already receives our key
     * @param privateAllowed true only for a local simulator: it also permits plain http
     */
    DownloadPolicy(String provider, URI baseUrl, List<String> downloadHosts, boolean privateAllowed, Resolver resolver) {
        this.provider = provider;
        this.privateAllowed = privateAllowed;
        this.resolver = resolver;
        List<String> hosts = new ArrayList<>();
        String baseHost = host(baseUrl);
        if (baseHost != null) {
            hosts.add(baseHost);
        }
        for (String entry : downloadHosts) {
            hosts.add(pattern(provider, entry));
        }
        this.allowed = List.copyOf(hosts);
    }

    static DownloadPolicy of(String provider, ProviderSettings settings) {
        return new DownloadPolicy(provider, settings.baseUrl(), settings.downloadHosts(),
                settings.downloadPrivateAddresses(), InetAddress::getAllByName);
    }

    /** Returns quietly when the URL may be fetched; otherwise a non-retryable BAD_REQUEST that never shows the query. */
    void check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw refused("scheme '" + scheme + "' is not http or https");
        }
        String host = host(url);
        if (host == null) {
            throw refused(Urls.withoutQuery(url) + " has no host name");
        }
        if (!isAllowed(host)) {
            throw refused("host " + host + " is not allowed for " + provider + " (allowed: "
                    + String.join(", ", allowed) + "; see download-hosts)");
        }
        if (!privateAllowed) {
            if (scheme.equals("http")) {
                throw refused("plain http to " + host + "; https is required unless download-private-addresses "
                        + "is true (a local simulator)");
            }
            checkAddresses(host);
        }
    }

    private boolean isAllowed(String host) {
        for (String pattern : allowed) {
            boolean matches = pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : host.equals(pattern);
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every address must be public, not just the first: the connection may use any of them. The HttpClient resolves
     * the name again when it connects, so a name whose DNS changes in between (DNS rebinding) can still slip through;
     * the JVM's address cache (30 s by default) narrows that window and the allow-list limits it to trusted hosts.
     */
    private void checkAddresses(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            addresses = new InetAddress[0];
        }
        if (addresses.length == 0) {
            // a DNS failure is usually transient, so it is retryable like a refused connection
            throw new ProviderException(provider, FailureKind.CONNECTION, 0, null,
                    provider + ": could not resolve download host " + host, null, true, null);
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = PrivateAddresses.kind(address);
            if (kind.isPresent()) {
                throw refused("host " + host + " resolves to private address " + address.getHostAddress()
                        + " (" + kind.get() + "); only a local simulator may set download-private-addresses");
            }
        }
    }

    private ProviderException refused(String detail) {
        String message = provider + ": download refused: " + detail;
        log.warn("{}", message);
        return new ProviderException(provider, FailureKind.BAD_REQUEST, 0, null, message, null, true, null);
    }

    /** Lower case, without IPv6 brackets or the trailing dot of a fully qualified name, so spellings compare equal. */
    private static String host(URI uri) {
        String host = uri == null ? null : uri.getHost();
        return host == null || host.isEmpty() ? null : normalize(host);
    }

    private static String normalize(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** A bad entry stops start-up: a typo must not silently allow nothing, and {@code *} or {@code *.com} too much. */
    private static String pattern(String provider, String entry) {
        String pattern = entry == null ? "" : normalize(entry);
        boolean suffix = pattern.startsWith("*.");
        String name = suffix ? pattern.substring(2) : pattern;
        // a suffix needs two labels and a non-numeric last one, so it can match neither a whole TLD nor IP literals
        boolean valid = HOST.matcher(name).matches()
                && (!suffix || (name.contains(".") && !name.contains(":") && !NUMERIC_END.matcher(name).find()));
        if (!valid) {
            throw new IllegalStateException("pipeline.providers." + provider + ".download-hosts: '" + entry
                    + "' is not a host name or a *.suffix pattern of at least two labels (e.g. *.example.com)");
        }
        return pattern;
    }
}
