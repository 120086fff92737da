package com.videopipeline.provider;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import javax.net.ssl.SSLHandshakeException;
import org.springframework.stereotype.Component;

/**
 * The single place that turns provider answers and transport failures into {@link ProviderException}s, so retry
 * and "did the provider create a job?" decisions are made the same way for every provider.
 */
@Component
public class ErrorClassifier {

    private final RetryAfter retryAfter;

    public ErrorClassifier() {
        this(new RetryAfter(Clock.systemUTC()));
    }

    ErrorClassifier(RetryAfter retryAfter) {
        this.retryAfter = retryAfter;
    }

    /** An HTTP error answer. notAccepted is always true: the provider answered and did not create a job. */
    ProviderException fromResponse(String provider, int status, String body, HttpHeaders headers) {
        ErrorBody error = ErrorBody.parse(body);
        FailureKind kind = kindOf(status, error);
        String label = error.label().isEmpty() ? "" : " " + error.label();
        String detail = status / 100 == 3 ? ": redirect not followed"
                : error.message().isEmpty() ? "" : ": " + error.message();
        return new ProviderException(provider, kind, status, error.providerCode(),
                provider + ": " + status + label + detail, retryAfter.parse(headers), true, null);
    }

    /**
     * A transport failure. A refused or timed-out connect certainly sent nothing; any later failure of a submit is
     * ambiguous (the job may exist), so notAccepted is then false.
     */
    ProviderException fromIoException(String provider, IOException e, boolean submit) {
        if (neverConnected(e)) {
            return new ProviderException(provider, FailureKind.CONNECTION, 0, null,
                    provider + ": could not connect (" + e.getClass().getSimpleName() + ")", null, true, e);
        }
        boolean timeout = e instanceof HttpTimeoutException;
        String what = timeout ? "timed out" : "connection failed (" + e.getClass().getSimpleName() + ")";
        String ambiguity = submit ? " after the request was sent; the job may exist" : "";
        return new ProviderException(provider, timeout ? FailureKind.TIMEOUT : FailureKind.CONNECTION, 0, null,
                provider + ": " + what + ambiguity, null, !submit, e);
    }

    /** A download that broke off: retryable, and harmless to repeat since a download creates nothing. */
    ProviderException downloadFailed(String provider, IOException e) {
        if (neverConnected(e) || e instanceof HttpTimeoutException) {
            return fromIoException(provider, e, false);
        }
        String detail = e.getClass().getSimpleName() + ": " + e.getMessage();
        return new ProviderException(provider, FailureKind.DOWNLOAD_FAILED, 0, null,
                provider + ": download broke off: " + detail, null, true, e);
    }

    ProviderException interrupted(String provider, boolean submit) {
        return new ProviderException(provider, FailureKind.TIMEOUT, 0, null,
                provider + ": interrupted while waiting for the answer", null, !submit, null);
    }

    /** A 2xx answer we cannot read. After a submit the job may exist, so notAccepted is false. */
    ProviderException malformed(String provider, String detail, Exception cause) {
        return new ProviderException(provider, FailureKind.MALFORMED_RESPONSE, 0, null,
                provider + ": unreadable answer: " + detail, null, false, cause);
    }

    /** Maps a finished job's failure code (Runway failureCode, OpenAI error.code) onto a FailureKind. */
    public FailureKind classifyJobFailure(String failureCode) {
        String code = failureCode == null ? "" : failureCode.trim();
        if (inFamily(code, "SAFETY.INPUT") || code.equals("moderation_blocked")) {
            return FailureKind.SAFETY_INPUT;
        }
        if (inFamily(code, "SAFETY.OUTPUT")) {
            return FailureKind.SAFETY_OUTPUT;
        }
        if (inFamily(code, "INTERNAL.BAD_OUTPUT")) {
            return FailureKind.BAD_OUTPUT;
        }
        if (inFamily(code, "ASSET.INVALID")) {
            return FailureKind.ASSET_INVALID;
        }
        // OpenAI reports its own trouble in snake case (internal_error, server_error)
        if (inFamily(code, "INTERNAL") || code.equals("internal_error") || code.equals("server_error")) {
            return FailureKind.PROVIDER_INTERNAL;
        }
        return FailureKind.UNKNOWN;
    }

    static FailureKind kindOf(int status, ErrorBody error) {
        return switch (status) {
            case 400, 422 -> FailureKind.BAD_REQUEST;
            case 401 -> FailureKind.AUTHENTICATION;
            case 403 -> FailureKind.PERMISSION_DENIED;
            case 404 -> FailureKind.NOT_FOUND;
            case 408 -> FailureKind.TIMEOUT;
            // both SDKs retry a 409 conflict, so it is treated like a transient server fault
            case 409 -> FailureKind.SERVER_ERROR;
            case 429 -> error.mentionsQuota() ? FailureKind.QUOTA_EXHAUSTED : FailureKind.RATE_LIMITED;
            default -> status >= 500 ? FailureKind.SERVER_ERROR
                    : status >= 400 ? FailureKind.BAD_REQUEST : FailureKind.UNKNOWN;
        };
    }

    private static boolean neverConnected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                    || t instanceof SSLHandshakeException) {
                return true;
            }
        }
        return false;
    }

    private static boolean inFamily(String code, String family) {
        return code.equals(family) || code.startsWith(family + ".");
    }
}
