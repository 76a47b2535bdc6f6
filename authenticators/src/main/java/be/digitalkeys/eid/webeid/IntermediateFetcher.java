package be.digitalkeys.eid.webeid;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Gets the certificate named by a certificate's Authority Information Access "caIssuers" address
 * (OID 1.3.6.1.5.5.7.48.2), for the chain step when an issuing CA is not configured. What it
 * returns is never trusted as such: it is only an intermediate the chain may pass through on its
 * way to a configured root.
 */
@FunctionalInterface
public interface IntermediateFetcher {

    /**
     * @param caIssuers an http or https address taken from the certificate being validated
     *     (attacker-controlled until the chain is validated)
     * @return the certificate, or empty when it cannot be had or is not a CA certificate; should
     *     not throw
     */
    Optional<X509Certificate> fetch(URI caIssuers);
}
