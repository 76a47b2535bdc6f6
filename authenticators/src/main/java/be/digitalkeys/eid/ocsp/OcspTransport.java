package be.digitalkeys.eid.ocsp;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/** Sends a DER OCSP request to a responder and returns the DER response. */
@FunctionalInterface
public interface OcspTransport {

    /**
     * @throws IOException no response within {@code timeout}, a transport error or an answer
     *     that is not an OCSP response
     */
    byte[] post(URI responder, byte[] requestDer, Duration timeout) throws IOException;
}
