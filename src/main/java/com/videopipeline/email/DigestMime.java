package com.videopipeline.email;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The digest as a MIME message: multipart/mixed holding multipart/related (multipart/alternative of text and HTML,
 * then an inline image per job, referenced from the HTML by Content-ID), then the attached videos. Files are read
 * from the outbox when the message is written, never held whole before.
 */
final class DigestMime {

    private DigestMime() {
    }

    static MimeMessage message(Digest d, String from, List<String> recipients) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        for (String to : recipients) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        }
        message.setSubject(d.subject(), "UTF-8");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(wrap(related(d)));
        for (Digest.Line line : d.jobs()) {
            if (line.attachment() != null) {
                mixed.addBodyPart(file(line.attachment(), "video/mp4", MimeBodyPart.ATTACHMENT, null));
            }
        }
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    private static MimeMultipart related(Digest d) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(DigestText.plain(d), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(DigestText.html(d), "UTF-8", "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        MimeMultipart related = new MimeMultipart("related");
        related.addBodyPart(wrap(alternative));
        for (Digest.Line line : d.jobs()) {
            if (line.image() != null) {
                related.addBodyPart(file(line.image(), imageType(line.image()), MimeBodyPart.INLINE,
                        line.imageCid()));
            }
        }
        return related;
    }

    private static MimeBodyPart wrap(MimeMultipart multipart) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }

    private static MimeBodyPart file(Path path, String type, String disposition, String cid)
            throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new FileDataSource(path.toFile()) {
            @Override
            public String getContentType() {
                return type; // by extension, activation would guess octet-stream for .webp and .mp4
            }
        }));
        part.setFileName(path.getFileName().toString());
        part.setDisposition(disposition);
        if (cid != null) {
            part.setContentID("<" + cid + ">");
        }
        return part;
    }

    private static String imageType(Path image) {
        String name = image.getFileName().toString();
        return name.endsWith(".webp") ? "image/webp" : name.endsWith(".png") ? "image/png" : "image/jpeg";
    }
}
