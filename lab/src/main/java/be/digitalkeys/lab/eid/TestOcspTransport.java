package be.digitalkeys.lab.eid;

import java.math.BigInteger;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import be.digitalkeys.eid.dev.TestOcspResponder;
import be.digitalkeys.eid.ocsp.OcspStatus;
import be.digitalkeys.eid.ocsp.OcspTransport;

/**
 * The TEST citizens' OCSP responder, answered in process: their certificates name a
 * {@code .invalid} responder that never resolves, and the answer is the same signed DER response a
 * network responder would send, checked by the production validator the same way.
 */
public final class TestOcspTransport implements OcspTransport {

    /** Loaded once: immutable TEST material from the lab jar. */
    public static final TestEidPki PKI = TestEidPki.load();
    private static final String HOST = URI.create(TestEidPki.OCSP_URL).getHost();

    private final Clock clock;

    public TestOcspTransport(Clock clock) {
        this.clock = clock;
    }

    /** Whether this transport answers for that responder (the TEST PKI's). */
    public static boolean answersFor(URI responder) {
        return responder != null && HOST.equalsIgnoreCase(responder.getHost());
    }

    @Override
    public byte[] post(URI responder, byte[] requestDer, Duration timeout) {
        return responder(PKI, clock).respond(requestDer);
    }

    /** GOOD for GOOD and EXPIRED TEST citizens, REVOKED for REVOKED ones, UNKNOWN for any other serial. */
    public static TestOcspResponder responder(TestEidPki pki, Clock clock) {
        Map<BigInteger, OcspStatus> statuses = new HashMap<>();
        for (TestCitizen citizen : pki.citizens()) {
            statuses.put(citizen.certificate().getSerialNumber(),
                    citizen.status() == TestCitizen.Status.REVOKED ? OcspStatus.REVOKED : OcspStatus.GOOD);
        }
        return new TestOcspResponder(pki.citizenCa(), pki.ocspSigner(), pki.ocspSignerKey(),
                serial -> statuses.getOrDefault(serial, OcspStatus.UNKNOWN), clock);
    }
}
