package be.digitalkeys.eid;

import java.security.SecureRandom;
import java.util.Base64;

import be.digitalkeys.common.Values;
import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Web eID challenge nonces: 256 random bits, kept in the authentication session that asked for
 * them, valid a few minutes, and taken at most once cluster-wide (the single-use store), so a
 * token is good for one login in one tab.
 */
final class EidNonces {

    static final String NOTE_NONCE = "dk.eid.nonce";
    static final String NOTE_ISSUED = "dk.eid.nonce.issued";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String USED = "dk-eid.nonce.";

    /** Why a nonce cannot be used. */
    enum Problem { NONE, MISSING, EXPIRED, USED }

    private EidNonces() {
    }

    /** A fresh nonce for this authentication session (the previous one is forgotten). */
    static String issue(AuthenticationSessionModel authSession) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        authSession.setAuthNote(NOTE_NONCE, nonce);
        authSession.setAuthNote(NOTE_ISSUED, String.valueOf(Time.currentTime()));
        return nonce;
    }

    /** The nonce this session is waiting for, or null. */
    static String current(AuthenticationSessionModel authSession) {
        return authSession.getAuthNote(NOTE_NONCE);
    }

    /** Takes the session's nonce: it can never be used again, whatever the token's fate. */
    static Problem take(AuthenticationSessionModel authSession, SingleUseObjectProvider store, int validitySeconds) {
        String nonce = authSession.getAuthNote(NOTE_NONCE);
        authSession.removeAuthNote(NOTE_NONCE);
        if (nonce == null) {
            return Problem.MISSING;
        }
        if (Values.note(authSession.getAuthNote(NOTE_ISSUED)) + validitySeconds < Time.currentTime()) {
            return Problem.EXPIRED;
        }
        if (!store.putIfAbsent(USED + nonce, validitySeconds + 60L)) {
            return Problem.USED;
        }
        return Problem.NONE;
    }
}
