package be.digitalkeys.it.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The benchmark's users, derived from their index so that the driver knows every secret without storing it. */
final class BenchUsers {

    static final String PASSWORD = "Bench password 2026!";

    private BenchUsers() {
    }

    static String username(int i) {
        return "u" + i;
    }

    static String email(int i) {
        return "u" + i + "@bench.example";
    }

    /** +32 470 00 00 00 + i, a Belgian mobile number. */
    static String phone(int i) {
        return "+32470" + String.format("%06d", i);
    }

    static String totpSecret(int i) {
        return "BenchTotpSecret-" + i;
    }

    /** 6703, the index on 12 digits, the Luhn check digit. */
    static String cardNumber(int i) {
        String body = "6703" + String.format("%012d", i);
        return body + be.digitalkeys.it.support.BankCards.luhn(body);
    }

    static byte[] cardKey(int i) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(("bench-card-" + i).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String cardKeyHex(int i) {
        return HexFormat.of().formatHex(cardKey(i));
    }

    /** The phone app's device key of user i: P-256, derived from the index (a seeded SHA1PRNG), cached for the run. */
    static java.security.KeyPair appKeys(int i) {
        return APP_KEYS.computeIfAbsent(i, index -> {
            try {
                java.security.SecureRandom seeded = java.security.SecureRandom.getInstance("SHA1PRNG");
                seeded.setSeed(("bench-app-" + index).getBytes(StandardCharsets.UTF_8));
                java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
                generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"), seeded);
                return generator.generateKeyPair();
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static final java.util.Map<Integer, java.security.KeyPair> APP_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    static String userId(Method method, int i) {
        return java.util.UUID.nameUUIDFromBytes((method.realm + "-user-" + i).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String appCredentialId(int i) {
        return java.util.UUID.nameUUIDFromBytes(("bench-app-device-" + i).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The device id the app sends: base64url of the user id, a dot, the credential id. */
    static String appDeviceId(int i) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(userId(Method.APP, i).getBytes(StandardCharsets.UTF_8))
                + "." + appCredentialId(i);
    }
}
