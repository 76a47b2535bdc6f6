package be.digitalkeys.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/** Turns a received {@link MimeMessage} into a {@link ReceivedMail}, never failing on bad input. */
final class MailParser {

    private static final int MAX_DEPTH = 16;

    private String text;
    private String html;
    private final List<String> attachments = new ArrayList<>();

    private MailParser() {
    }

    static ReceivedMail parse(long id, Instant receivedAt, MimeMessage message, List<String> envelopeTo) {
        MailParser bodies = new MailParser();
        try {
            bodies.walk(message, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            bodies.text = (bodies.text == null ? "" : bodies.text + "\n\n") + "[The dev mailbox could not decode this message: " + e + "]";
        }
        List<String> to = addresses(message, "To");
        return new ReceivedMail(id, receivedAt,
                String.join(", ", addresses(message, "From")),
                to.isEmpty() ? envelopeTo : to,
                subject(message),
                sentDate(message, receivedAt),
                bodies.text, bodies.html, headers(message), bodies.attachments,
                Html.links(bodies.text, bodies.html));
    }

    private void walk(Part part, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i), depth + 1);
                }
                return;
            }
        }
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileName(part) != null;
        if (!attachment && text == null && part.isMimeType("text/plain")) {
            text = textContent(part);
        } else if (!attachment && html == null && part.isMimeType("text/html")) {
            html = textContent(part);
        } else {
            String type = baseType(part);
            String name = fileName(part);
            attachments.add(name == null ? type : name + " (" + type + ")");
        }
    }

    /** The decoded text of a text part with LF line ends (SMTP transports CRLF). */
    private static String textContent(Part part) throws MessagingException, IOException {
        return decodedText(part).replace("\r\n", "\n");
    }

    /** Unknown charsets fall back to the bytes as UTF-8 instead of failing. */
    private static String decodedText(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
        } catch (UnsupportedEncodingException e) {
            // An unknown charset: read the decoded bytes below.
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), charset(part));
        }
    }

    private static Charset charset(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(MimeUtility.javaCharset(name));
        } catch (MessagingException | RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? null : decode(name);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String baseType(Part part) {
        try {
            return new ContentType(part.getContentType()).getBaseType();
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject;
        } catch (MessagingException e) {
            String raw = rawHeader(message, "Subject");
            return raw == null ? "" : decode(raw);
        }
    }

    private static Instant sentDate(MimeMessage message, Instant fallback) {
        try {
            Date date = message.getSentDate();
            return date == null ? fallback : date.toInstant();
        } catch (MessagingException e) {
            return fallback;
        }
    }

    /** The addresses of a header for display; the decoded raw value when unparsable. */
    private static List<String> addresses(MimeMessage message, String header) {
        String raw = rawHeader(message, header);
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(InternetAddress.parseHeader(raw, false)).map(MailParser::display).toList();
        } catch (AddressException e) {
            return List.of(decode(raw));
        }
    }

    /** "Name &lt;address&gt;" with the name decoded and unquoted, or just the address. */
    private static String display(InternetAddress address) {
        String name = address.getPersonal();
        return name == null || name.isBlank() ? address.getAddress() : name + " <" + address.getAddress() + ">";
    }

    private static List<ReceivedMail.Header> headers(MimeMessage message) {
        try {
            List<ReceivedMail.Header> out = new ArrayList<>();
            for (Header h : Collections.list(message.getAllHeaders())) {
                out.add(new ReceivedMail.Header(h.getName(), decode(h.getValue())));
            }
            return out;
        } catch (MessagingException e) {
            return List.of();
        }
    }

    private static String rawHeader(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ", ");
        } catch (MessagingException e) {
            return null;
        }
    }

    /** Unfolds a header value and decodes its RFC 2047 encoded words. */
    private static String decode(String raw) {
        String unfolded = MimeUtility.unfold(raw == null ? "" : raw);
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return unfolded;
        }
    }
}
