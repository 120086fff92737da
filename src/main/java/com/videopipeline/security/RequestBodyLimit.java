package com.videopipeline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code pipeline.security.max-request-body} with 413 before anything reads it:
 * the API and the webhook read whole bodies into memory, so without a bound one caller could exhaust the heap.
 * A declared length is checked at once; a chunked body is read up to the bound and handed on from memory. What the
 * caller goes on sending after a refusal, Tomcat swallows up to its own bound (server.tomcat.max-swallow-size), then
 * closes the connection.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestBodyLimit.class);

    private final long maxBytes;
    private final RequestMatcher exempt;

    RequestBodyLimit(long maxBytes, RequestMatcher exempt) {
        this.maxBytes = maxBytes;
        this.exempt = exempt;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return exempt.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response, declared + " bytes");
        } else if (declared < 0 && request.getHeader("Transfer-Encoding") != null && !isForm(request)) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                refuse(request, response, "more than " + maxBytes + " bytes (chunked)");
            } else {
                chain.doFilter(new BufferedBody(request, body), response);
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Forms are parsed by Tomcat from its own input, not from a wrapper's, and bounded by Tomcat itself
     * (server.tomcat.max-http-form-post-size, 2 MB): buffering one here would hide its fields from the login.
     */
    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String size) throws IOException {
        LOG.warn("{} {} from {} refused: a body of {} (the limit is {} bytes)", request.getMethod(),
                request.getRequestURI(), request.getRemoteAddr(), size, maxBytes);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":413,\"error\":\"the request body is larger than " + maxBytes
                + " bytes (pipeline.security.max-request-body)\"}");
    }

    /** The chunked body, read already, served again from memory to whoever reads it next. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new BytesInput(new ByteArrayInputStream(body));
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    private static final class BytesInput extends ServletInputStream {

        private final InputStream in;

        BytesInput(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
            try {
                return in.available() == 0;
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("the body is in memory already: read it directly");
        }
    }
}
