package be.digitalkeys.appclient;

import java.util.Base64;

/** Base64url without padding, strictly: any character outside {@code A-Za-z0-9_-} is refused. */
final class Base64Url {

    private Base64Url() {
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** @throws IllegalArgumentException on padding, a foreign character or an impossible length */
    static byte[] decode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!allowed) {
                throw new IllegalArgumentException("Not base64url without padding");
            }
        }
        return Base64.getUrlDecoder().decode(text);
    }
}
