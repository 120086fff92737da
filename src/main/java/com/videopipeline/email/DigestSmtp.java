package com.videopipeline.email;

import jakarta.mail.Session;
import java.util.List;
import java.util.Properties;
import org.apache.camel.component.mail.DefaultJavaMailSender;
import org.apache.camel.component.mail.JavaMailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SMTP client the send-digests route's smtp endpoint sends through ({@code javaMailSender}), made from
 * {@code pipeline.delivery.email}: it logs in only when a username is set (a relay that takes mail from the
 * pipeline's host needs none), and protects the connection with STARTTLS (required: never falls back to clear
 * text) or TLS from the first byte (SSL), checking the server's certificate and name unless {@code ssl-trust} says.
 */
@Configuration(proxyBeanMethods = false)
class DigestSmtp {

    private static final Logger LOG = LoggerFactory.getLogger(DigestSmtp.class);
    /** Connect, read and write timeouts: a stalled server must not hold the digest tick for ever. */
    static final int TIMEOUT_MILLIS = 30_000;

    @Bean("digestMailSender")
    JavaMailSender digestMailSender(EmailProperties props) {
        if (props.enabled() && props.login() && props.security() == EmailProperties.Security.NONE) {
            LOG.warn("pipeline.delivery.email: a username is set but security is none: the login crosses the"
                    + " network unprotected (set security: starttls or ssl)");
        }
        return sender(props);
    }

    static JavaMailSender sender(EmailProperties props) {
        Properties mail = properties(props);
        DefaultJavaMailSender sender = new DefaultJavaMailSender();
        sender.setProtocol("smtp");
        sender.setHost(props.host());
        sender.setPort(props.port());
        if (props.login()) {
            sender.setUsername(props.username());
            sender.setPassword(props.password());
        }
        sender.setJavaMailProperties(mail);
        sender.setSession(Session.getInstance(mail));
        return sender;
    }

    private static Properties properties(EmailProperties props) {
        Properties mail = new Properties();
        mail.put("mail.smtp.host", props.host());
        mail.put("mail.smtp.port", String.valueOf(props.port()));
        mail.put("mail.smtp.auth", String.valueOf(props.login()));
        mail.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        mail.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
        mail.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
        switch (props.security()) {
            case STARTTLS -> {
                mail.put("mail.smtp.starttls.enable", "true");
                mail.put("mail.smtp.starttls.required", "true");
            }
            case SSL -> mail.put("mail.smtp.ssl.enable", "true");
            case NONE -> { }
        }
        if (props.security() != EmailProperties.Security.NONE) {
            // a host listed in ssl-trust is trusted outright, its name as well as its certificate
            mail.put("mail.smtp.ssl.checkserveridentity", String.valueOf(!trusted(props)));
            if (!props.sslTrust().isBlank()) {
                mail.put("mail.smtp.ssl.trust", props.sslTrust());
            }
        }
        return mail;
    }

    /** {@code ssl-trust} is "*" or a whitespace-separated list of hosts, as {@code mail.smtp.ssl.trust} reads it. */
    private static boolean trusted(EmailProperties props) {
        List<String> hosts = List.of(props.sslTrust().strip().split("\\s+"));
        return hosts.contains("*") || hosts.contains(props.host());
    }
}
