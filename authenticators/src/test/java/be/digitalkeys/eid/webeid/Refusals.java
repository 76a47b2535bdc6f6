package be.digitalkeys.eid.webeid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts a token is refused for one reason, without leaking personal data in the messages. */
final class Refusals {

    private Refusals() {
    }

    /**
     * @param secrets strings that must not appear in any message of the exception chain (the
     *     NISS, pieces of the token)
     */
    static AuthTokenException assertRefused(AuthTokenException.Reason reason, Executable validation,
            String... secrets) {
        AuthTokenException e = assertThrows(AuthTokenException.class, validation);
        assertEquals(reason, e.reason(), () -> "reason; message: " + e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            for (String secret : secrets) {
                assertFalse(message.contains(secret), () -> "message leaks personal data: " + message);
            }
        }
        return e;
    }
}
