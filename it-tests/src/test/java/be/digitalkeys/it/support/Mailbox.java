package be.digitalkeys.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads what Keycloak sent through the real SMTP server. */
public final class Mailbox {

    /** Generous for a busy shared machine; a wait returns as soon as the mail is there. */
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private final GreenMail mail;

    public Mailbox(TestEnvironment env) {
        this.mail = env.mail();
    }

    /** Waits for the newest message to an address and returns it. */
    public MimeMessage latestTo(String address) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(address))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return checked(found.get());
            }
            mail.waitForIncomingEmail(1_000, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No e-mail to " + address + " within " + DEADLINE.toSeconds() + " s");
    }

    /**
     * Every e-mail a test reads is checked as a person would read it: its subject, its text part and
     * the text of its HTML part show no unfinished message (issue 28, {@link RawMessages}).
     */
    static MimeMessage checked(MimeMessage message) {
        String what = "\"" + subject(message) + "\"";
        RawMessages.assertNoneInMail(what, subject(message));
        RawMessages.assertNoneInMail(what, plainText(message));
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart) {
                RawMessages.assertNoneInMail(what, Jsoup.parse(html(message)).text());
            }
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return message;
    }

    /** How many messages reached this address so far. */
    public int countTo(String address) {
        return (int) Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(address)).count();
    }

    /** Waits until the n-th message to an address arrives (1-based) and returns it. */
    public MimeMessage nthTo(String address, int n) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> found = Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(address)).toList();
            if (found.size() >= n) {
                return checked(found.get(n - 1));
            }
            mail.waitForIncomingEmail(1_000, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No e-mail number " + n + " to " + address + " within " + DEADLINE.toSeconds() + " s");
    }

    /** The security code of a code e-mail: the first run of 6 digits of its text. */
    public static String securityCode(MimeMessage message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])")
                .matcher(plainText(message));
        if (!m.find()) {
            throw new AssertionError("No security code in the e-mail");
        }
        return m.group(1);
    }

    /** The text/plain part of a message, decoded. */
    public static String plainText(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    if (multipart.getBodyPart(i).isMimeType("text/plain")) {
                        return String.valueOf(multipart.getBodyPart(i).getContent());
                    }
                }
            }
            return String.valueOf(content);
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/html part of a message, decoded. */
    public static String html(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    if (multipart.getBodyPart(i).isMimeType("text/html")) {
                        return String.valueOf(multipart.getBodyPart(i).getContent());
                    }
                }
            }
            throw new AssertionError("No HTML part in the e-mail");
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link of the HTML part, as a person would click it. */
    public static String firstLink(MimeMessage message) {
        String body = GreenMailUtil.getBody(message);
        String html = body.contains("<a ") ? body : "";
        if (html.isEmpty()) {
            throw new AssertionError("No HTML link in: " + message);
        }
        Document doc = Jsoup.parse(decodeQuotedPrintable(html));
        return doc.select("a[href]").first().attr("href");
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decodeQuotedPrintable(String text) {
        if (!text.contains("=3D")) {
            return text;
        }
        try (var in = jakarta.mail.internet.MimeUtility.decode(
                new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), "quoted-printable")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
