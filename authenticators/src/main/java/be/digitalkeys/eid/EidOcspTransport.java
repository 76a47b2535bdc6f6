package be.digitalkeys.eid;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import be.digitalkeys.eid.dev.TestEidPki;
import be.digitalkeys.eid.dev.TestOcspResponder;
import be.digitalkeys.eid.ocsp.HttpOcspTransport;
import be.digitalkeys.eid.ocsp.OcspTransport;

/**
 * Real responders over HTTP; in realms with the software eID, the TEST citizens' responder
 * (whose {@code .invalid} address never resolves) answers in process, with the same signed DER
 * response a network responder would send, checked the same way.
 */
final class EidOcspTransport implements OcspTransport {

    private static final OcspTransport HTTP = new HttpOcspTransport();
    private final boolean softwareEid;
    private final Clock clock;

    EidOcspTransport(boolean softwareEid, Clock clock) {
        this.softwareEid = softwareEid;
        this.clock = clock;
    }

    @Override
    public byte[] post(URI responder, byte[] requestDer, Duration timeout) throws IOException {
        if (softwareEid && URI.create(TestEidPki.OCSP_URL).getHost().equalsIgnoreCase(responder.getHost())) {
            return answerForTestPki(requestDer);
        }
        return HTTP.post(responder, requestDer, timeout);
    }

    /** The TEST CA responder's answer (good, revoked or unknown per TEST citizen). */
    byte[] answerForTestPki(byte[] requestDer) {
        return TestOcspResponder.forTestPki(TestEidPkiHolder.PKI, clock).respond(requestDer);
    }

    /** Loaded once: immutable TEST material from the jar. */
    static final class TestEidPkiHolder {
        static final TestEidPki PKI = TestEidPki.load();

        private TestEidPkiHolder() {
        }
    }
}
