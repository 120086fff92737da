package com.videopipeline.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.util.unit.DataSize;

/**
 * The digest's SMTP client against a real SMTP server (GreenMail, loopback): no login without a username, a login
 * with one, TLS from the first byte with a trusted certificate and none with an untrusted one, and STARTTLS never
 * falling back to clear text. GreenMail offers no STARTTLS, so that a server offering it is used is not shown here.
 */
class DigestSmtpTest {

    private GreenMail server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void shouldSendWithoutALoginWhenNoUsernameIsSet() throws Exception {
        server = start(ServerSetup.PROTOCOL_SMTP);

        DigestSmtp.sender(props(EmailProperties.Security.NONE, "", "", "")).send(mail());

        assertThat(server.getReceivedMessages()).hasSize(1);
        assertThat(server.getReceivedMessages()[0].getSubject()).isEqualTo("digest");
    }

    @Test
    void shouldLogInWithTheUsernameAndPasswordWhenAUsernameIsSet() throws Exception {
        server = start(ServerSetup.PROTOCOL_SMTP);
        server.setUser("digest@localhost", "digest", "right-password");

        assertThatThrownBy(() -> DigestSmtp.sender(props(EmailProperties.Security.NONE, "digest", "wrong", ""))
                .send(mail())).isInstanceOf(AuthenticationFailedException.class);
        DigestSmtp.sender(props(EmailProperties.Security.NONE, "digest", "right-password", "")).send(mail());

        assertThat(server.getReceivedMessages()).hasSize(1);
    }

    @Test
    void shouldSendOverTlsFromTheFirstByteToATrustedServer() throws Exception {
        server = start(ServerSetup.PROTOCOL_SMTPS);

        DigestSmtp.sender(props(EmailProperties.Security.SSL, "", "", "127.0.0.1")).send(mail());

        assertThat(server.getReceivedMessages()).hasSize(1);
    }

    @Test
    void shouldRefuseAServerWhoseCertificateIsNotTrusted() {
        server = start(ServerSetup.PROTOCOL_SMTPS);

        // GreenMail's certificate is self-signed: without ssl-trust, the JVM's trust store decides, and refuses it
        assertThatThrownBy(() -> DigestSmtp.sender(props(EmailProperties.Security.SSL, "", "", "")).send(mail()))
                .isInstanceOf(MessagingException.class);
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void shouldNeverSendInClearTextWhenStartTlsIsAskedForButNotOffered() {
        server = start(ServerSetup.PROTOCOL_SMTP);

        assertThatThrownBy(() -> DigestSmtp.sender(props(EmailProperties.Security.STARTTLS, "", "", "127.0.0.1"))
                .send(mail())).isInstanceOf(MessagingException.class).hasMessageContaining("STARTTLS");
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    private static GreenMail start(String protocol) {
        GreenMail mail = new GreenMail(new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", protocol));
        mail.start();
        return mail;
    }

    private EmailProperties props(EmailProperties.Security security, String username, String password,
                                  String trust) {
        return new EmailProperties(true, "pipeline@example.com", List.of("team@example.com"), Map.of(), Map.of(),
                "127.0.0.1", server.getSmtp() != null ? server.getSmtp().getPort() : server.getSmtps().getPort(),
                username, password, security, trust, DataSize.ofMegabytes(10), DataSize.ofMegabytes(18),
                Duration.ofDays(1), 3, Duration.ofSeconds(1), 100);
    }

    private static MimeMessage mail() throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("pipeline@example.com"));
        message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress("team@example.com"));
        message.setSubject("digest");
        message.setText("three videos delivered");
        message.saveChanges();
        return message;
    }
}
