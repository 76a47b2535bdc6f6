package be.digitalkeys.eid.ocsp;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Asks the OCSP responder about one certificate (RFC 6960): a cached answer when there is one,
 * else a request with a nonce, sent through the {@link OcspTransport}, and a response checked
 * by {@link OcspResponseVerifier}. GOOD and REVOKED answers are cached for
 * {@link OcspSettings#cacheTtl()}.
 *
 * <p>This class does not decide what an answer means for a login (fail-open or not); it reports
 * the status or throws {@link OcspUnavailableException}.
 */
public final class OcspClient {

    private static final int NONCE_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DigestCalculatorProvider DIGESTS = digests();

    private final OcspSettings settings;
    private final OcspTransport transport;
    private final OcspCache cache;
    private final OcspResponseVerifier verifier;

    public OcspClient(OcspSettings settings, OcspTransport transport, OcspCache cache, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.verifier = new OcspResponseVerifier(settings, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param certificate the certificate asked about
     * @param issuer the CA certificate that issued it (from the validated chain)
     */
    public OcspStatus check(X509Certificate certificate, X509Certificate issuer) throws OcspUnavailableException {
        CertificateID id = certificateId(certificate, issuer);
        String key = cacheKey(id);
        // A cache lifetime of 0 means "always ask": answers other realms or nodes cached are not reused either.
        Optional<OcspStatus> cached = settings.cacheTtl().isZero() ? Optional.empty() : cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        URI responder = settings.responderOverride() != null
                ? settings.responderOverride()
                : OcspUrls.responderUrl(certificate)
                        .orElseThrow(() -> new OcspUnavailableException("The certificate names no OCSP responder"));
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] request = request(id, nonce);
        byte[] response;
        try {
            response = transport.post(responder, request, settings.timeout());
        } catch (IOException e) {
            throw new OcspUnavailableException("OCSP responder unreachable: " + e.getMessage(), e);
        }
        if (response == null) {
            throw new OcspUnavailableException("OCSP responder returned nothing");
        }
        OcspStatus status = verifier.verify(response, id, issuer, nonceExtension(nonce));
        if (status != OcspStatus.UNKNOWN) {
            cache.put(key, status, settings.cacheTtl());
        }
        return status;
    }

    /**
     * Checks a DER response obtained elsewhere (e.g. stapled or stored) for the certificate,
     * without a nonce.
     */
    public OcspStatus verifyResponse(byte[] responseDer, X509Certificate certificate, X509Certificate issuer)
            throws OcspUnavailableException {
        return verifier.verify(responseDer, certificateId(certificate, issuer), issuer, null);
    }

    /** {@code issuerKeyHash(hex) + ":" + serial(hex)}, the {@link OcspCache} key. */
    public static String cacheKey(X509Certificate certificate, X509Certificate issuer) throws OcspUnavailableException {
        return cacheKey(certificateId(certificate, issuer));
    }

    static String cacheKey(CertificateID id) {
        return HexFormat.of().formatHex(id.getIssuerKeyHash()) + ":" + id.getSerialNumber().toString(16);
    }

    static CertificateID certificateId(X509Certificate certificate, X509Certificate issuer)
            throws OcspUnavailableException {
        return certificateId(issuer, certificate.getSerialNumber());
    }

    static CertificateID certificateId(X509Certificate issuer, BigInteger serial) throws OcspUnavailableException {
        try {
            return new CertificateID(DIGESTS.get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuer), serial);
        } catch (OCSPException | OperatorCreationException | CertificateEncodingException e) {
            throw new OcspUnavailableException("Cannot build the OCSP certificate id", e);
        }
    }

    static Extension nonceExtension(byte[] nonce) {
        try {
            return new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                    new DEROctetString(new DEROctetString(nonce).getEncoded()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] request(CertificateID id, byte[] nonce) throws OcspUnavailableException {
        try {
            return new OCSPReqBuilder()
                    .addRequest(id)
                    .setRequestExtensions(new Extensions(nonceExtension(nonce)))
                    .build()
                    .getEncoded();
        } catch (OCSPException | IOException e) {
            throw new OcspUnavailableException("Cannot build the OCSP request", e);
        }
    }

    private static DigestCalculatorProvider digests() {
        try {
            return new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}
