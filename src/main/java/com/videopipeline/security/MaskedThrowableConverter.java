package com.videopipeline.security;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * A logged exception's stack trace, messages and causes included, with secrets masked ({@link SecretMasking}): an
 * exception message may quote a signed URL or a credential. Wired in logback-spring.xml, hence public.
 */
public final class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return SecretMasking.mask(super.convert(event));
    }
}
