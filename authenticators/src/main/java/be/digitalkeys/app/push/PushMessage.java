package be.digitalkeys.app.push;

import java.util.Objects;

/**
 * One push to a phone: only opaque ids (the request and the device it is for), the realm's name
 * and how long the request lives. Nothing personal ever goes through a push service.
 */
public record PushMessage(String realm, String device, String pushToken, String request, int expiresIn) {

    public PushMessage {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(request, "request");
    }

    /** The JSON body a webhook receives (the push token is the phone's address, sent separately). */
    public String json() {
        return "{\"type\":\"dk-app.request\",\"realm\":" + quote(realm) + ",\"device\":" + quote(device)
                + ",\"request\":" + quote(request) + ",\"expiresIn\":" + expiresIn
                + (pushToken == null ? "" : ",\"pushToken\":" + quote(pushToken)) + "}";
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Override
    public String toString() {
        return "PushMessage[realm=" + realm + ", device=" + device + ", request=" + request + "]";
    }
}
