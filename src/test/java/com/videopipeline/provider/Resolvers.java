package com.videopipeline.provider;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

/** A DNS stand-in for {@link DownloadPolicy}: names map to literal addresses, so no test depends on real DNS. */
final class Resolvers {

    private Resolvers() {
    }

    /** @param table host name to comma-separated IP literals; any other name is unknown */
    static DownloadPolicy.Resolver table(Map<String, String> table) {
        return host -> {
            String addresses = table.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            String[] literals = addresses.split(",");
            InetAddress[] resolved = new InetAddress[literals.length];
            for (int i = 0; i < literals.length; i++) {
                // a literal never goes to DNS
                resolved[i] = InetAddress.getByName(literals[i].trim());
            }
            return resolved;
        };
    }

    /** Literal IP hosts resolve to themselves, as InetAddress does without any lookup; names are unknown. */
    static DownloadPolicy.Resolver literalsOnly() {
        return host -> {
            if (!host.contains(":") && !host.matches("[0-9.]+")) {
                throw new UnknownHostException(host);
            }
            return InetAddress.getAllByName(host);
        };
    }
}
