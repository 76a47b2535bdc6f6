package be.digitalkeys.registry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Known hashes: bcrypt from the jBCrypt/OpenBSD test vectors and from libxcrypt (perl crypt()),
 * PBKDF2 from Python's hashlib.pbkdf2_hmac written in Django's and passlib's formats.
 */
class LegacyPasswordsTest {

    @Test
    void bcrypt_publishedVector_matchesOnlyItsPassword() throws Exception {
        String hash = "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i";
        assertTrue(LegacyPasswords.matches(hash, "abc"));
        assertFalse(LegacyPasswords.matches(hash, "abd"));
        assertTrue(LegacyPasswords.matches(hash.replace("$2a$", "$2b$"), "abc"));
    }

    @Test
    void bcrypt_libxcryptHashes_2b_and_2y() throws Exception {
        assertTrue(LegacyPasswords.matches("$2b$10$ZGtyZWdpc3RyeWRlbW8xMuTdW/RAS9sSa3AG55eYPC1tZ9V//iqym", "Assurance 2026!"));
        assertTrue(LegacyPasswords.matches("$2y$10$ZGtyZWdpc3RyeWRlbW8xMupQvdOUeauX3mxz.09WRctkF89FKfH8G", "Verzekering-2026"));
        assertFalse(LegacyPasswords.matches("$2y$10$ZGtyZWdpc3RyeWRlbW8xMupQvdOUeauX3mxz.09WRctkF89FKfH8G", "verzekering-2026"));
    }

    @Test
    void bcrypt_springPrefix_isAccepted() throws Exception {
        assertTrue(LegacyPasswords.matches("{bcrypt}$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i", "abc"));
    }

    @Test
    void pbkdf2_djangoFormat_sha256_and_sha1() throws Exception {
        assertTrue(LegacyPasswords.matches("pbkdf2_sha256$260000$seasalt$YlZ2Vggtqdc61YjArZuoApoBh9JNGYoDRBUGu6tcJQo=", "lètmein"));
        assertFalse(LegacyPasswords.matches("pbkdf2_sha256$260000$seasalt$YlZ2Vggtqdc61YjArZuoApoBh9JNGYoDRBUGu6tcJQo=", "letmein"));
        assertTrue(LegacyPasswords.matches("pbkdf2_sha1$1000$dksalt2026$BDRitz8T7Wq67xhkPCvYJiaoRU0=", "Contrat-Auto-77"));
    }

    @Test
    void pbkdf2_passlibFormat_sha512_and_sha256() throws Exception {
        assertTrue(LegacyPasswords.matches("$pbkdf2-sha512$25000$AQJyZWdpc3RyeS1zYWx0$2ZuYEtkIL.nZNfkl0baR84fBggYHxBDxMc7BP65zPEjX0cxNLWAUD2KVP26y2DobJMsCytkuSH.wQlQRl.pmMg",
                "Polis 1234 Gent"));
        assertTrue(LegacyPasswords.matches("$pbkdf2-sha256$29000$a3Vyei1zYWx6LTIwMjY$vB3hQeDJOa1V9FV02kNU83dUDLYbmWFnURg1Ob26JC4", "Vertrag Eupen 9"));
        assertFalse(LegacyPasswords.matches("$pbkdf2-sha256$29000$a3Vyei1zYWx6LTIwMjY$vB3hQeDJOa1V9FV02kNU83dUDLYbmWFnURg1Ob26JC4", "Vertrag Eupen 8"));
    }

    @Test
    void emptyOrOversizedPassword_neverMatches() throws Exception {
        String hash = "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i";
        assertFalse(LegacyPasswords.matches(hash, ""));
        assertFalse(LegacyPasswords.matches(hash, "a".repeat(LegacyPasswords.MAX_PASSWORD_CHARS + 1)));
    }

    @Test
    void unknownOrMalformedHashes_areReportedNotGuessed() {
        assertThrows(UnsupportedHashException.class, () -> LegacyPasswords.matches("5f4dcc3b5aa765d61d8327deb882cf99", "password"));
        assertThrows(UnsupportedHashException.class, () -> LegacyPasswords.matches("pbkdf2_sha256$abc$salt$AAAA", "x"));
        assertThrows(UnsupportedHashException.class, () -> LegacyPasswords.matches("pbkdf2_md5$1000$salt$AAAAAAAAAAAAAAAAAAAAAA==", "x"));
        assertThrows(UnsupportedHashException.class, () -> LegacyPasswords.matches("pbkdf2_sha256$99999999$salt$YlZ2Vggtqdc61YjArZuoApoBh9JNGYoDRBUGu6tcJQo=", "x"));
        assertThrows(UnsupportedHashException.class, () -> LegacyPasswords.matches("$2a$06$short", "abc"));
        assertThrows(UnsupportedHashException.class, () -> LegacyPasswords.matches("", "abc"));
    }
}
