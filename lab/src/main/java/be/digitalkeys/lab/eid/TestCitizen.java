package be.digitalkeys.lab.eid;

import be.digitalkeys.eid.dev.WebEidTokens;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * A citizen of the TEST eID PKI: a software "card" with its authentication certificate and key.
 * TEST ONLY: the keys are public in this repository.
 *
 * @param signatureAlgorithm the Web eID algorithm the card signs with, "ES384" or "RS256"
 * @param status what the TEST OCSP responder says (EXPIRED: GOOD, but the certificate is outdated)
 */
public record TestCitizen(String id, String givenNames, String surname, String niss, String locale,
        X509Certificate certificate, PrivateKey privateKey, String signatureAlgorithm, String pin, Status status) {

    public enum Status {
        GOOD, REVOKED, EXPIRED
    }

    /** A Web eID token of this card for the origin and nonce (see {@link WebEidTokens}). */
    public String authToken(String origin, String nonce) {
        return WebEidTokens.sign(certificate, privateKey, signatureAlgorithm, origin, nonce);
    }

    /** Never prints the key, the PIN or the national register number in clear. */
    @Override
    public String toString() {
        return "TestCitizen[" + id + ", " + status + "]";
    }
}
