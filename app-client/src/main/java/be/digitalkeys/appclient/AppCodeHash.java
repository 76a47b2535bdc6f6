package be.digitalkeys.appclient;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** The app code as the phone keeps it: PBKDF2WithHmacSHA256 with a random salt, never the code. */
final class AppCodeHash {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** Enough for a reference client that tests call often; the real app keeps its key in secure hardware. */
    static final int ITERATIONS = 100_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final byte[] salt;
    private final byte[] hash;

    private AppCodeHash(byte[] salt, byte[] hash) {
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes a new code with a fresh salt. */
    static AppCodeHash of(String code, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new AppCodeHash(salt, derive(code, salt));
    }

    /** Whether the typed code is the one hashed (constant-time comparison). */
    boolean matches(String typed) {
        return typed != null && MessageDigest.isEqual(hash, derive(typed, salt));
    }

    private static byte[] derive(String code, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, ITERATIONS, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return "AppCodeHash[" + ALGORITHM + ", " + ITERATIONS + " iterations]";
    }
}
