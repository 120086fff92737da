package com.videopipeline.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A bare HTTP/1.1 GET over a socket, counting every body byte that arrives before the connection drops. The JDK
 * client discards its last buffer when a response breaks off, so it cannot show exactly where a download stopped.
 */
final class RawHttp {

    /** What arrived: status, headers (lower-case names), body bytes, and whether the body ended early. */
    record Received(int status, Map<String, String> headers, long bodyBytes, boolean brokenOff) {

        long contentLength() {
            return Long.parseLong(headers.get("content-length"));
        }
    }

    private RawHttp() {
    }

    static Received get(URI uri, Map<String, String> requestHeaders) throws IOException {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            StringBuilder request = new StringBuilder("GET " + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\nHost: "
                    + uri.getHost() + "\r\nConnection: close\r\n");
            requestHeaders.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String[] head = readHead(in).split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(), head[i].substring(colon + 1).trim());
            }
            long body = in.transferTo(OutputStream.nullOutputStream());
            long declared = Long.parseLong(headers.getOrDefault("content-length", "-1"));
            int status = Integer.parseInt(head[0].split(" ")[1]);
            return new Received(status, headers, body, declared >= 0 && body < declared);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before the response headers ended");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
