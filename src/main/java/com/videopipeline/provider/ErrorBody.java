package com.videopipeline.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * The readable parts of an error answer: OpenAI's {@code {"error":{message,type,param,code}}}, Runway's
 * {@code {"error":"..."}}, or plain text. Anything that looks like a key is redacted, since OpenAI echoes a masked key on 401.
 */
record ErrorBody(String message, String type, String code, String param, String raw) {

    private static final int MAX_MESSAGE = 300;
    private static final Pattern KEY_LIKE = Pattern.compile("(sk-|key_|Bearer\\s+)[A-Za-z0-9_*.\\-]{4,}");
    private static final Pattern QUOTA = Pattern.compile(
            "insufficient_quota|exceeded your current quota|credit_balance_exhausted"
                    + "|(daily|monthly|per day)[^.]{0,60}(limit|quota|cap)", Pattern.CASE_INSENSITIVE);

    static ErrorBody parse(String body) {
        String raw = body == null ? "" : body;
        try {
            JsonNode error = Json.parse(raw).path("error");
            if (error.isObject()) {
                return new ErrorBody(clean(Json.text(error, "message")), Json.text(error, "type"),
                        Json.text(error, "code"), Json.text(error, "param"), raw);
            }
            if (error.isTextual()) {
                return new ErrorBody(clean(error.asText()), null, null, null, raw);
            }
        } catch (JsonProcessingException e) {
            // not JSON (a proxy's HTML page, say): the text itself is the best message there is
        }
        return new ErrorBody(clean(raw), null, null, null, raw);
    }

    /** OpenAI's insufficient_quota and Runway's daily/monthly limit wording: a 429 that waiting will not cure. */
    boolean mentionsQuota() {
        return QUOTA.matcher(raw).find();
    }

    /** The provider's machine code: OpenAI error.code, else error.type. */
    String providerCode() {
        return code != null ? code : type;
    }

    /** "invalid_request_error (param seconds)", or empty. */
    String label() {
        String name = type != null ? type : code;
        String label = name == null ? "" : name;
        return param == null ? label : (label + " (param " + param + ")").trim();
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String flat = KEY_LIKE.matcher(text).replaceAll("[redacted]").replaceAll("\\s+", " ").trim();
        return flat.length() > MAX_MESSAGE ? flat.substring(0, MAX_MESSAGE) + "..." : flat;
    }

    @Override
    public String toString() {
        return "ErrorBody[" + label() + ": " + message + "]";
    }
}
