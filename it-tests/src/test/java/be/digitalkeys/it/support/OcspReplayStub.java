package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Clock;

import be.digitalkeys.lab.eid.TestEidPki;
import be.digitalkeys.eid.dev.TestOcspResponder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.Req;

/**
 * An OCSP responder on 127.0.0.1 that answers for the TEST PKI with genuinely signed answers,
 * but as a replaying attacker (or a responder ignoring nonces) would: without the request's
 * nonce, or with another request's nonce. The answers are otherwise valid (fresh, for the asked
 * certificate, signed by the TEST OCSP signer).
 */
public final class OcspReplayStub implements AutoCloseable {

    /** What the stub does with the request's nonce. */
    public enum Mode { OMIT_NONCE, WRONG_NONCE }

    private final HttpServer server;
    private final TestOcspResponder responder;
    private volatile Mode mode = Mode.OMIT_NONCE;

    public OcspReplayStub(TestEidPki pki) throws IOException {
        this.responder = be.digitalkeys.lab.eid.TestOcspTransport.responder(pki, Clock.systemUTC());
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ocsp";
    }

    public void mode(Mode value) {
        this.mode = value;
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] request;
        try (InputStream in = exchange.getRequestBody()) {
            request = in.readNBytes(64 * 1024);
        }
        byte[] response = responder.respond(rewritten(request));
        exchange.getResponseHeaders().set("Content-Type", "application/ocsp-response");
        exchange.sendResponseHeaders(200, response.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response);
        }
    }

    /** The same question without its nonce, or with a nonce of another (recorded) request. */
    private byte[] rewritten(byte[] der) {
        try {
            OCSPReqBuilder builder = new OCSPReqBuilder();
            for (Req single : new OCSPReq(der).getRequestList()) {
                builder.addRequest(single.getCertID());
            }
            if (mode == Mode.WRONG_NONCE) {
                byte[] recorded = new byte[16];
                builder.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                        new DEROctetString(new DEROctetString(recorded).getEncoded()))));
            }
            return builder.build().getEncoded();
        } catch (Exception e) {
            return der;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
