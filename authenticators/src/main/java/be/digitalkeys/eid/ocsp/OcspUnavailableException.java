package be.digitalkeys.eid.ocsp;

/**
 * No trustworthy OCSP answer: no responder, no answer in time, a transport error, an answer that
 * cannot be parsed, is not signed by an authorised responder, is for another certificate, is
 * stale or carries the wrong nonce.
 */
public final class OcspUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public OcspUnavailableException(String message) {
        super(message);
    }

    public OcspUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
