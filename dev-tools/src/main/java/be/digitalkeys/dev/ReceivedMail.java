package be.digitalkeys.dev;

import java.time.Instant;
import java.util.List;

/**
 * One e-mail as the mailbox shows it: decoded once, when it arrives, so a malformed message can
 * never break a page later.
 *
 * @param date        the Date header, or the time of arrival when the message has none
 * @param to          the To recipients (decoded, "Name &lt;address&gt;" when a name is given); the
 *                    SMTP envelope recipients when the message has no To header
 * @param text        the text/plain body, or {@code null}
 * @param html        the text/html body, or {@code null}
 * @param headers     all headers in order, values decoded (RFC 2047) and unfolded
 * @param attachments file names (or content types) of the parts that are neither text nor HTML body
 * @param links       the http(s) links of the bodies, in order, without duplicates
 */
record ReceivedMail(long id, Instant receivedAt, String from, List<String> to, String subject, Instant date,
                    String text, String html, List<Header> headers, List<String> attachments, List<String> links) {

    record Header(String name, String value) {
    }

    ReceivedMail {
        to = List.copyOf(to);
        headers = List.copyOf(headers);
        attachments = List.copyOf(attachments);
        links = List.copyOf(links);
    }

    /** The object {@code /api/messages} lists ({@code links} is a convenience for scripts). */
    String toJson() {
        return "{\"id\":" + id
                + ",\"from\":" + Json.quote(from)
                + ",\"to\":" + Json.array(to)
                + ",\"subject\":" + Json.quote(subject)
                + ",\"date\":" + Json.quote(date.toString())
                + ",\"text\":" + Json.quote(text)
                + ",\"html\":" + Json.quote(html)
                + ",\"links\":" + Json.array(links)
                + "}";
    }
}
