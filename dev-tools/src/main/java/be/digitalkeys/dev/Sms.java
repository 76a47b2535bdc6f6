package be.digitalkeys.dev;

import java.time.Instant;

/** One SMS handed to the mailbox by a development SMS sender ({@code POST /api/sms}). */
record Sms(long id, String to, String text, Instant receivedAt) {

    String toJson() {
        return "{\"id\":" + id + ",\"to\":" + Json.quote(to) + ",\"text\":" + Json.quote(text)
                + ",\"date\":" + Json.quote(receivedAt.toString()) + "}";
    }
}
