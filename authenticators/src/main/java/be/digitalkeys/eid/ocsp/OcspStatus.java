package be.digitalkeys.eid.ocsp;

/** The certificate status an OCSP responder vouched for (RFC 6960, 2.2). */
public enum OcspStatus {
    GOOD, REVOKED, UNKNOWN
}
