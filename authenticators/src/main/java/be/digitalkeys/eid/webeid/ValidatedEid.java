package be.digitalkeys.eid.webeid;

import java.security.cert.X509Certificate;

import be.digitalkeys.eid.niss.Niss;

/**
 * The holder of a Belgian eID whose Web eID token was accepted.
 *
 * @param certificate the authentication certificate
 * @param niss the national register (or BIS) number, 11 digits
 * @param givenNames the GN attribute of the subject, NFC-normalised (may be empty)
 * @param surname the SN attribute of the subject, NFC-normalised
 * @param algorithm the token's signature algorithm, e.g. "ES384"
 */
public record ValidatedEid(X509Certificate certificate, String niss, String givenNames, String surname,
        String algorithm) {

    /** Masks the national register number, so the record can be logged. */
    @Override
    public String toString() {
        String masked;
        try {
            masked = Niss.parse(niss).masked();
        } catch (Exception e) {
            masked = "invalid";
        }
        return "ValidatedEid[niss=" + masked + ", algorithm=" + algorithm + "]";
    }
}
