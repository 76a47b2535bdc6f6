package be.digitalkeys.eid.dev;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import java.util.function.Function;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import be.digitalkeys.eid.ocsp.OcspStatus;

/**
 * An OCSP responder (RFC 6960) for one CA, for tests (the lab jar's TEST eID responder is built on it): answers signed by a
 * delegated responder certificate (included in the response), thisUpdate = now, nextUpdate =
 * now + 1 h, the request nonce echoed. Never throws: a request it cannot read gets a
 * {@code malformedRequest} response, an internal failure an {@code internalError} one.
 */
public final class TestOcspResponder {

    static final Duration VALIDITY = Duration.ofHours(1);
    private static final int MAX_REQUESTS = 16;

    private final X509Certificate caCert;
    private final X509CertificateHolder signerHolder;
    private final PrivateKey signerKey;
    private final Function<BigInteger, OcspStatus> statusBySerial;
    private final Clock clock;

    public TestOcspResponder(X509Certificate caCert, X509Certificate signerCert, PrivateKey signerKey,
            Function<BigInteger, OcspStatus> statusBySerial, Clock clock) {
        this.caCert = Objects.requireNonNull(caCert, "caCert");
        this.signerKey = Objects.requireNonNull(signerKey, "signerKey");
        this.statusBySerial = Objects.requireNonNull(statusBySerial, "statusBySerial");
        this.clock = Objects.requireNonNull(clock, "clock");
        try {
            this.signerHolder = new JcaX509CertificateHolder(signerCert);
        } catch (Exception e) {
            throw new IllegalArgumentException("Signer certificate cannot be encoded", e);
        }
    }

    /** The DER OCSP response to a DER OCSP request. */
    public byte[] respond(byte[] requestDer) {
        OCSPReq request;
        try {
            request = new OCSPReq(requestDer);
            if (request.getRequestList().length == 0 || request.getRequestList().length > MAX_REQUESTS) {
                return status(OCSPRespBuilder.MALFORMED_REQUEST);
            }
        } catch (IOException | RuntimeException e) {
            return status(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        try {
            return answer(request);
        } catch (Exception e) {
            return status(OCSPRespBuilder.INTERNAL_ERROR);
        }
    }

    private byte[] answer(OCSPReq request) throws Exception {
        DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
        X509CertificateHolder ca = new JcaX509CertificateHolder(caCert);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Date thisUpdate = Date.from(now);
        Date nextUpdate = Date.from(now.plus(VALIDITY));
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
                new RespID(signerHolder.getSubjectPublicKeyInfo(), digests.get(RespID.HASH_SHA1)));
        for (Req single : request.getRequestList()) {
            CertificateID id = single.getCertID();
            OcspStatus status = id.matchesIssuer(ca, digests) ? statusBySerial.apply(id.getSerialNumber()) : null;
            builder.addResponse(id, certificateStatus(status, now), thisUpdate, nextUpdate, null);
        }
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm()).build(signerKey);
        BasicOCSPResp basic = builder.build(signer, new X509CertificateHolder[] {signerHolder}, thisUpdate);
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    }

    private static CertificateStatus certificateStatus(OcspStatus status, Instant now) {
        if (status == OcspStatus.GOOD) {
            return CertificateStatus.GOOD;
        }
        if (status == OcspStatus.REVOKED) {
            return new RevokedStatus(Date.from(now.minus(Duration.ofDays(1))), CRLReason.keyCompromise);
        }
        return new UnknownStatus();
    }

    private String signatureAlgorithm() {
        return signerKey instanceof ECKey ? "SHA384withECDSA" : "SHA256withRSA";
    }

    private static byte[] status(int status) {
        try {
            return new OCSPRespBuilder().build(status, null).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot encode an OCSP status response", e);
        }
    }
}
