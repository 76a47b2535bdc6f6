package be.digitalkeys.securitycode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * A code waiting in the authentication session is kept sealed (AES-GCM, key derived from the
 * realm's active HMAC key, bound to the authentication session), so a cache dump shows no code.
 * A code sealed under a key that has since rotated simply no longer opens: the user asks again.
 */
public final class CodeSeal {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] PURPOSE = "dk-security-code-seal-v1".getBytes(StandardCharsets.US_ASCII);

    private CodeSeal() {
    }

    public static String seal(KeycloakSession session, RealmModel realm, String binding, String code) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(session, realm, Cipher.ENCRYPT_MODE, iv, binding);
            byte[] sealed = cipher.doFinal(code.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a security code", e);
        }
    }

    /** The code, or null when the seal does not open (tampered, other session, rotated key). */
    public static String open(KeycloakSession session, RealmModel realm, String binding, String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(sealed);
            if (in.length < 12 + 16) {
                return null;
            }
            Cipher cipher = cipher(session, realm, Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(in, 12), binding);
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Cipher cipher(KeycloakSession session, RealmModel realm, int mode, byte[] iv, String binding)
            throws GeneralSecurityException {
        KeyWrapper realmKey = session.keys().getActiveKey(realm, KeyUse.SIG, Algorithm.HS512);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(realmKey.getSecretKey().getEncoded(), "HmacSHA256"));
        byte[] key = mac.doFinal(PURPOSE);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
